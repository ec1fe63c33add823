package org.colloquium.tests.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that use the deployed application from outside, over HTTP: Arquillian deploys
 * the EAR the build produced to the test server before the class runs.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Deployments.application();
  }
}
