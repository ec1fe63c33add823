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

  /** The caller's account, on a {@link TokenRequired} resource, where there always is one. */
  public long id() {
    return accountId().orElseThrow(() -> new IllegalStateException("no API token"));
  }

  public boolean anonymous() {
    return accountId == null;
  }
}
