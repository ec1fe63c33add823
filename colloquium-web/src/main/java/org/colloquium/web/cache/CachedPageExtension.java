package org.colloquium.web.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link CachedPageHandler} in front of the deployment's security handlers (registered in
 * META-INF/services). An "outer" wrapper: inside Undertow's servlet initial handler, where the
 * servlet request exists and the application's class loader is set, and outside the security
 * handlers, which only {@code REQUEST} dispatches reach.
 */
public class CachedPageExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addOuterHandlerChainWrapper(CachedPageHandler::new);
  }
}
