package org.colloquium.kernel.account.domain;

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
import java.time.Instant;
import java.util.Objects;
import org.colloquium.kernel.secrets.HashedSecret;

/**
 * A single-use secret sent by mail (confirm an address, reset a password). Only its SHA-256 hash is
 * stored, so a copy of the database does not hand out working links. A token is usable once, before
 * it expires; issuing a new one for the same purpose makes older ones unusable.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.byHash",
    query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "AccountToken.openFor",
    query =
        "select t from AccountToken t where t.accountId = :account and t.purpose = :purpose"
            + " and t.usedAt is null and t.withdrawnAt is null")
public class AccountToken {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected AccountToken() {}

  private AccountToken(Long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
    this.accountId = Objects.requireNonNull(accountId);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.validity());
  }

  /** A new token and its secret; the secret goes into the mail and is never stored. */
  public record Issued(AccountToken token, String secret) {}

  public static Issued issue(Long accountId, TokenPurpose purpose, Instant now) {
    HashedSecret secret = HashedSecret.random("");
    return new Issued(new AccountToken(accountId, purpose, secret.hash(), now), secret.secret());
  }

  /** Why a token cannot be used, if it cannot. */
  public enum Refusal {
    EXPIRED,
    USED,
    /** A newer link for the same purpose was sent; only the newest works. */
    SUPERSEDED,
    WRONG_PURPOSE
  }

  public java.util.Optional<Refusal> refusalFor(TokenPurpose wanted, Instant now) {
    if (purpose != wanted) {
      return java.util.Optional.of(Refusal.WRONG_PURPOSE);
    }
    if (usedAt != null) {
      return java.util.Optional.of(Refusal.USED);
    }
    if (withdrawnAt != null) {
      return java.util.Optional.of(Refusal.SUPERSEDED);
    }
    if (!now.isBefore(expiresAt)) {
      return java.util.Optional.of(Refusal.EXPIRED);
    }
    return java.util.Optional.empty();
  }

  /** Marks the token used; call only after {@link #refusalFor} returned empty. */
  public void consume(Instant now) {
    if (refusalFor(purpose, now).isPresent()) {
      throw new IllegalStateException("token " + id + " is not usable");
    }
    usedAt = now;
  }

  /** Makes the token unusable without it having been used (a newer one was issued). */
  public void withdraw(Instant now) {
    if (usedAt == null && withdrawnAt == null) {
      withdrawnAt = now;
    }
  }

  public Long accountId() {
    return accountId;
  }

  public TokenPurpose purpose() {
    return purpose;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
