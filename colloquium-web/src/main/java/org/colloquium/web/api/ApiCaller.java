package org.colloquium.web.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who calls the API in this request: the owner of the personal token it presented, or nobody. The
 * session is never consulted, so a browser's cookies give a cross-site page nothing to borrow.
 */
@RequestScoped
public class ApiCaller {

  private Long accountId;

  public void authenticatedAs(Long accountId) {
    this.accountId = accountId;
  }

  /** The caller's account, or empty for a request without a token. */
  public Optional<Long> accountId() {
    return Optional.ofNullable(accountId);
  }

  public boolean anonymous() {
    return accountId == null;
  }
}
