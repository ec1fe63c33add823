package org.colloquium.kernel.persistence;

import java.util.List;

/**
 * A feature module's entity classes, for the one persistence unit. The unit lives in the kernel and
 * scans only the kernel's jar; each module declares its entities through this service (a class and
 * a {@code META-INF/services/org.colloquium.kernel.persistence.ModuleEntities} line in its own
 * jar), so that the kernel never names its features. {@code ArchitectureTest} checks that every
 * entity is declared.
 */
public interface ModuleEntities {

  List<Class<?>> entities();
}
