package org.colloquium.web.my.tokens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.colloquium.kernel.apitoken.api.CreatedApiToken;

/**
 * The secret of a token created in this request. Request-scoped on purpose: it is rendered into the
 * one response that follows the creation and is never kept in the session.
 */
@Named
@RequestScoped
public class NewApiToken {

  private CreatedApiToken created;

  void show(CreatedApiToken created) {
    this.created = created;
  }

  public boolean isPresent() {
    return created != null;
  }

  public String getName() {
    return created == null ? null : created.token().name();
  }

  public String getSecret() {
    return created == null ? null : created.secret();
  }
}
