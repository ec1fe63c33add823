package org.colloquium.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Makes the views of the public site, of the account forms (sign-in, sign-up, password reset,
 * invitation) and of the error pages transient: they keep no view state, so an anonymous visitor
 * costs the server no HTTP session. Their backing beans are request-scoped and their forms rebuild
 * the view from the request on a post.
 *
 * <p>Set twice, by the same rule: here when the view is created, because {@code <f:view transient>}
 * takes effect only when the view is built, after PrimeFaces has put its script nonce into the view
 * scope (which would create the session); and by that tag in the templates ({@code
 * #{statelessView}}), because a post to a stateless view is rebuilt without this handler, and
 * Mojarra refuses it unless the built view says it is transient.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

  /** Folders under /WEB-INF/views whose views are stateless. */
  static final List<String> STATELESS_FOLDERS =
      List.of("/WEB-INF/views/site/", "/WEB-INF/views/account/", "/WEB-INF/views/error/");

  public StatelessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /** Whether the view {@code viewId} keeps no state between requests. */
  public static boolean isStateless(String viewId) {
    return viewId != null && STATELESS_FOLDERS.stream().anyMatch(viewId::startsWith);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && isStateless(root.getViewId())) {
      root.setTransient(true);
    }
    return root;
  }
}
