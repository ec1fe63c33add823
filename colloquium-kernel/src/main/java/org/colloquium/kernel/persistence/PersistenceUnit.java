package org.colloquium.kernel.persistence;

/** Names shared by every repository and by the server configuration. */
public final class PersistenceUnit {

  /** The persistence unit declared in the kernel's META-INF/persistence.xml. */
  public static final String NAME = "colloquium";

  /** Defined by colloquium-ear/src/main/wildfly/configure-server.cli. */
  public static final String DATASOURCE = "java:jboss/datasources/ColloquiumDS";

  private PersistenceUnit() {}
}
