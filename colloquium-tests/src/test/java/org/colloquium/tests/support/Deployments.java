package org.colloquium.tests.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, exactly as users get it. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("colloquium.ear", "target/deployments/colloquium.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException(
          ear + " is missing: run the tests through Maven (mvn verify)");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** Where the deployed application answers (the test server's ports are offset). */
  public static String baseUrl() {
    return System.getProperty("colloquium.it.base-url", "http://127.0.0.1:8180");
  }
}
