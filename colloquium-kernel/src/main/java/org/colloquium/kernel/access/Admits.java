package org.colloquium.kernel.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Whom an {@link AccessRule} lets in, for the demo values of the permission walk: every kind
 * listed, and no other. It is a claim the walk checks against the rule's real answers, and the
 * table docs/architecture.md shows readers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Admits {

  Audience[] value();
}
