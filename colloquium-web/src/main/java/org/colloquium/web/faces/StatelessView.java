package org.colloquium.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * {@code #{statelessView.current}} for {@code <f:view transient>} in the templates: whether the
 * view being built is one of {@link StatelessViewHandler}'s stateless views.
 */
@Named
@RequestScoped
public class StatelessView {

  public boolean isCurrent() {
    var root = FacesContext.getCurrentInstance().getViewRoot();
    return root != null && StatelessViewHandler.isStateless(root.getViewId());
  }
}
