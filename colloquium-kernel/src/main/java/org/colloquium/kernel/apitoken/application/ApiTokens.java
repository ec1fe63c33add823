package org.colloquium.kernel.apitoken.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.apitoken.domain.ApiToken;
import org.colloquium.kernel.apitoken.domain.ApiTokenRepository;

/**
 * Personal API tokens: each account manages only its own. Someone else's token answers as if it did
 * not exist, so ids cannot be probed.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  @Inject ApiTokenRepository tokens;
  @Inject Clock clock;

  /**
   * Creates a token for the acting account.
   *
   * @return the token with its secret, which cannot be read again later
   * @throws org.colloquium.kernel.validation.ValidationException on a missing or too long name, or
   *     when the account already has the maximum of active tokens
   */
  public CreatedApiToken create(Long actorId, String name) {
    tokens.lockAccount(actorId);
    ApiToken.Issued issued =
        ApiToken.issue(actorId, name, tokens.activeCount(actorId), clock.instant());
    tokens.add(issued.token());
    return new CreatedApiToken(view(issued.token()), issued.secret());
  }

  /** The acting account's active tokens, newest first. */
  public List<ApiTokenView> list(Long actorId) {
    return tokens.activeOf(actorId).stream().map(ApiTokens::view).toList();
  }

  /**
   * Revokes one of the acting account's tokens at once: the next request with it is refused.
   *
   * @throws NotFoundException when the token does not exist or belongs to someone else
   */
  public void revoke(Long actorId, Long tokenId) {
    ApiToken token =
        tokens
            .find(tokenId)
            .filter(t -> t.accountId().equals(actorId))
            .orElseThrow(() -> new NotFoundException("API token " + tokenId));
    token.revoke(clock.instant());
  }

  /** The account a request's secret stands for; empty for an unknown or revoked secret. */
  public Optional<Long> authenticate(String secret) {
    if (!ApiToken.wellFormed(secret)) {
      return Optional.empty();
    }
    return tokens
        .findBySecret(secret)
        .filter(ApiToken::isActive)
        .map(
            token -> {
              token.usedAt(clock.instant());
              return token.accountId();
            });
  }

  private static ApiTokenView view(ApiToken token) {
    return new ApiTokenView(
        token.id(), token.name(), token.createdAt(), token.lastUsedAt().orElse(null));
  }
}
