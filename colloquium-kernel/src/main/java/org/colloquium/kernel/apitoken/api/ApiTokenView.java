package org.colloquium.kernel.apitoken.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A token as its owner sees it in the list: never its secret. {@code expiresAt} is null for a token
 * that does not expire; {@code expired} tells whether it already has.
 */
public record ApiTokenView(
    Long id,
    String name,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    boolean expired,
    ApiTokenScope scope)
    implements Serializable {

  public boolean readOnly() {
    return scope == ApiTokenScope.READ_ONLY;
  }
}
