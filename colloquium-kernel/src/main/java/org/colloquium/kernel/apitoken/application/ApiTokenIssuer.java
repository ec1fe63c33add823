package org.colloquium.kernel.apitoken.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.apitoken.api.ApiTokenLifetime;
import org.colloquium.kernel.apitoken.api.ApiTokenScope;
import org.colloquium.kernel.apitoken.api.ApiTokens;
import org.colloquium.kernel.apitoken.domain.ApiToken;
import org.colloquium.kernel.apitoken.domain.ApiTokenRepository;

/**
 * Stores a new token, in its own transaction. Separate from {@link ApiTokens#create} so that the
 * password is checked (a deliberately slow hash) before any transaction holds a connection or a
 * lock on the account's row.
 */
@ApplicationScoped
public class ApiTokenIssuer {

  @Inject ApiTokenRepository tokens;
  @Inject AccountDirectory accounts;
  @Inject Clock clock;

  @Transactional
  public ApiToken.Issued issue(
      Long actorId, String name, ApiTokenLifetime lifetime, ApiTokenScope scope) {
    // Two creations at once cannot both pass the limit of active tokens.
    accounts.lock(actorId);
    var now = clock.instant();
    ApiToken.Issued issued =
        ApiToken.issue(actorId, name, tokens.activeCount(actorId, now), now, lifetime, scope);
    tokens.add(issued.token());
    return issued;
  }
}
