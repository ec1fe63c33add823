package org.colloquium.kernel.apitoken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.colloquium.kernel.apitoken.api.ApiTokenLifetime;
import org.colloquium.kernel.apitoken.api.ApiTokenScope;
import org.colloquium.kernel.secrets.HashedSecret;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/**
 * A personal API token. The secret is handed out once, at creation; only its SHA-256 hash is kept,
 * so a copy of the database does not let anyone act as the token's owner. A revoked token stays in
 * the table (the owner sees when it was last used) but never authenticates again; neither does one
 * past its expiry. Each token has a scope: read-only tokens may only read. Changing or resetting
 * the account's password revokes every token of the account.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "select t from ApiToken t where t.secretHash = :hash")
@NamedQuery(
    name = "ApiToken.activeOf",
    query =
        "select t from ApiToken t where t.accountId = :account and t.revokedAt is null"
            + " order by t.createdAt desc, t.id desc")
@NamedQuery(
    name = "ApiToken.activeCount",
    query =
        "select count(t) from ApiToken t where t.accountId = :account and t.revokedAt is null"
            + " and (t.expiresAt is null or t.expiresAt > :now)")
@NamedQuery(
    name = "ApiToken.revokeAllOf",
    query =
        "update ApiToken t set t.revokedAt = :now where t.accountId = :account"
            + " and t.revokedAt is null")
public class ApiToken {

  /** Recognisable in a leaked file or log, so secret scanners and people can spot it. */
  public static final String PREFIX = "clq_";

  public static final int NAME_MAX_LENGTH = 100;
  public static final int MAX_ACTIVE_PER_ACCOUNT = 10;

  /** A token used in bursts would otherwise write its row on every request. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private static final Pattern SECRET_SHAPE =
      Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}"); // HashedSecret.random(PREFIX)

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApiTokenScope scope;

  protected ApiToken() {}

  private ApiToken(
      Long accountId,
      String name,
      String secretHash,
      Instant now,
      ApiTokenLifetime lifetime,
      ApiTokenScope scope) {
    this.accountId = Objects.requireNonNull(accountId);
    this.name = name;
    this.secretHash = secretHash;
    this.createdAt = now;
    this.expiresAt = lifetime.expiryFrom(now).orElse(null);
    this.scope = Objects.requireNonNull(scope);
  }

  /** A new token and its secret; the secret is shown to its owner once and never stored. */
  public record Issued(ApiToken token, String secret) {}

  /**
   * A new token for {@code accountId}, which already has {@code activeTokens} active ones.
   *
   * @throws ValidationException when the name is missing or too long, or the limit is reached
   */
  public static Issued issue(Long accountId, String name, long activeTokens, Instant now) {
    return issue(
        accountId, name, activeTokens, now, ApiTokenLifetime.NEVER, ApiTokenScope.READ_WRITE);
  }

  /**
   * A new token for {@code accountId}, which already has {@code activeTokens} active ones, working
   * for {@code lifetime} from {@code now} within {@code scope}.
   *
   * @throws ValidationException when the name is missing or too long, the lifetime or scope is
   *     missing, or the limit is reached
   */
  public static Issued issue(
      Long accountId,
      String name,
      long activeTokens,
      Instant now,
      ApiTokenLifetime lifetime,
      ApiTokenScope scope) {
    List<Problem> problems = check(name, activeTokens);
    problems.addAll(checkChoices(lifetime, scope));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    HashedSecret secret = HashedSecret.random(PREFIX);
    return new Issued(
        new ApiToken(accountId, name.strip(), secret.hash(), now, lifetime, scope),
        secret.secret());
  }

  /** What is wrong with the lifetime and scope chosen for a new token. */
  public static List<Problem> checkChoices(ApiTokenLifetime lifetime, ApiTokenScope scope) {
    List<Problem> problems = new ArrayList<>();
    if (lifetime == null) {
      problems.add(Problem.of("lifetime", "apiToken.lifetime.required"));
    }
    if (scope == null) {
      problems.add(Problem.of("scope", "apiToken.scope.required"));
    }
    return problems;
  }

  /** What is wrong with creating a token named {@code name} next to {@code activeTokens} others. */
  public static List<Problem> check(String name, long activeTokens) {
    List<Problem> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(Problem.of("name", "apiToken.name.required"));
    } else if (name.strip().length() > NAME_MAX_LENGTH) {
      problems.add(Problem.of("name", "apiToken.name.tooLong", NAME_MAX_LENGTH));
    }
    if (activeTokens >= MAX_ACTIVE_PER_ACCOUNT) {
      problems.add(Problem.global("apiToken.limitReached", MAX_ACTIVE_PER_ACCOUNT));
    }
    return problems;
  }

  /**
   * Whether {@code secret} could be one of ours at all; anything else is refused without asking the
   * database.
   */
  public static boolean wellFormed(String secret) {
    return secret != null && SECRET_SHAPE.matcher(secret).matches();
  }

  /** Not revoked; it may still have expired (see {@link #authenticates}). */
  public boolean isActive() {
    return revokedAt == null;
  }

  /** Whether the token stands for its owner at {@code now}: neither revoked nor expired. */
  public boolean authenticates(Instant now) {
    return isActive() && !isExpired(now);
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /**
   * Notes a use of the token. Returns whether the row changed: uses within a minute of the last
   * recorded one are not written, the owner only needs to know roughly when.
   */
  public boolean usedAt(Instant now) {
    if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION))) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  /** Makes the token useless for good. Revoking twice keeps the first time. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public Long accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public ApiTokenScope scope() {
    return scope;
  }
}
