package org.colloquium.web.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link CachedPageHandler} in front of the deployment's security handlers (registered in
 * META-INF/services).
 */
public class CachedPageExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(CachedPageHandler::new);
  }
}
