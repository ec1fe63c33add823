package org.colloquium.kernel.apitoken.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountQueries;
import org.colloquium.kernel.account.api.AccountView;
import org.colloquium.kernel.account.api.Authentication;
import org.colloquium.kernel.account.api.PasswordChanged;
import org.colloquium.kernel.account.api.SignInResult;
import org.colloquium.kernel.apitoken.api.ApiCredential;
import org.colloquium.kernel.apitoken.api.ApiTokenRequest;
import org.colloquium.kernel.apitoken.api.ApiTokenView;
import org.colloquium.kernel.apitoken.api.ApiTokens;
import org.colloquium.kernel.apitoken.api.CreatedApiToken;
import org.colloquium.kernel.apitoken.domain.ApiToken;
import org.colloquium.kernel.apitoken.domain.ApiTokenRepository;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link ApiTokens}. */
@ApplicationScoped
@Transactional
public class DefaultApiTokens implements ApiTokens {

  @Inject ApiTokenRepository tokens;
  @Inject ApiTokenIssuer issuer;
  @Inject AccountQueries accounts;
  @Inject Authentication authentication;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public CreatedApiToken create(Long actorId, ApiTokenRequest request, String clientAddress) {
    List<Problem> problems = new ArrayList<>(ApiToken.check(request.name(), 0));
    problems.addAll(ApiToken.checkChoices(request.lifetime(), request.scope()));
    if (request.password() == null || request.password().isEmpty()) {
      problems.add(Problem.of("password", "apiToken.password.required"));
    }
    ValidationException.throwIfAny(problems);
    String email =
        accounts
            .find(actorId)
            .map(AccountView::email)
            .orElseThrow(() -> new NotFoundException("account " + actorId));
    SignInResult check = authentication.signIn(email, request.password(), clientAddress);
    if (check.status() == SignInResult.Status.THROTTLED) {
      long minutes =
          Math.max(1, Duration.between(clock.instant(), check.retryAfter()).toSeconds() / 60 + 1);
      throw new ValidationException(Problem.of("password", "apiToken.password.throttled", minutes));
    }
    if (check.status() != SignInResult.Status.SIGNED_IN || !actorId.equals(check.accountId())) {
      throw new ValidationException(Problem.of("password", "apiToken.password.wrong"));
    }
    ApiToken.Issued issued =
        issuer.issue(actorId, request.name(), request.lifetime(), request.scope());
    return new CreatedApiToken(view(issued.token(), clock.instant()), issued.secret());
  }

  @Override
  public List<ApiTokenView> list(Long actorId) {
    var now = clock.instant();
    return tokens.activeOf(actorId).stream().map(t -> view(t, now)).toList();
  }

  @Override
  public void revoke(Long actorId, Long tokenId) {
    ApiToken token =
        tokens
            .find(tokenId)
            .filter(t -> t.accountId().equals(actorId))
            .orElseThrow(() -> new NotFoundException("API token " + tokenId));
    token.revoke(clock.instant());
  }

  @Override
  public Optional<ApiCredential> authenticate(String secret) {
    if (!ApiToken.wellFormed(secret)) {
      return Optional.empty();
    }
    var now = clock.instant();
    return tokens
        .findBySecret(secret)
        .filter(token -> token.authenticates(now))
        .map(
            token -> {
              token.usedAt(now);
              return new ApiCredential(token.accountId(), token.scope());
            });
  }

  /**
   * A changed or reset password revokes every token of the account, in the same transaction:
   * whoever took over the account, or learnt the old password, loses the tokens along with the
   * sessions.
   */
  void revokeAllOnNewPassword(@Observes PasswordChanged changed) {
    tokens.revokeAllOf(changed.accountId(), clock.instant());
  }

  private static ApiTokenView view(ApiToken token, Instant now) {
    return new ApiTokenView(
        token.id(),
        token.name(),
        token.createdAt(),
        token.lastUsedAt().orElse(null),
        token.expiresAt().orElse(null),
        token.isExpired(now),
        token.scope());
  }
}
