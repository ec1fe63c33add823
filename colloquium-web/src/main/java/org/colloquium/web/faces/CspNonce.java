package org.colloquium.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The script nonce of the page being rendered, for the hidden field that lets a form post back
 * without JavaScript ({@code <cq:cspNonce/>}). Asked from PrimeFaces rather than read from the view
 * scope: a stateless (transient) view has no view scope, and reading {@code viewScope} would create
 * one, and with it an HTTP session.
 */
@Named
@RequestScoped
public class CspNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
