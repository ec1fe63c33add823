package org.colloquium.web.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts the page cache in front of the deployment (registered in META-INF/services), twice:
 *
 * <ul>
 *   <li>{@link IoThreadPageHandler} as an "initial" wrapper, outside Undertow's servlet initial
 *       handler: on the I/O thread, before the request is handed to a worker;
 *   <li>{@link CachedPageHandler} as an "outer" wrapper: inside the servlet initial handler, where
 *       the servlet request exists and the application's class loader is set, and outside the
 *       security handlers, which only {@code REQUEST} dispatches reach.
 * </ul>
 */
public class CachedPageExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    SharedPagesReference reference = new SharedPagesReference();
    String contextPath =
        "/".equals(servletContext.getContextPath()) ? "" : servletContext.getContextPath();
    String cookie = servletContext.getSessionCookieConfig().getName();
    String sessionCookie = cookie == null || cookie.isBlank() ? "JSESSIONID" : cookie;
    deploymentInfo.addInitialHandlerChainWrapper(
        next -> new IoThreadPageHandler(next, reference, contextPath, sessionCookie));
    deploymentInfo.addOuterHandlerChainWrapper(next -> new CachedPageHandler(next, reference));
  }
}
