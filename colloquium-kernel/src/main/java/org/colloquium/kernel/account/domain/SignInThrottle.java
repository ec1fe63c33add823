package org.colloquium.kernel.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted for one key (an account's email or a client address). Kept in the
 * database, not in memory, so every node of a cluster sees the same count.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  @Id
  @Column(name = "throttle_key", length = 300)
  private String key;

  @Version private int version;

  @Column(nullable = false)
  private int failures;

  /**
   * Start of the current quiet window: the latest failure (or reset). The count starts again once a
   * whole window passes without a failure.
   */
  @Column(name = "window_started_at", nullable = false)
  private Instant windowStartedAt;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String key, Instant now) {
    this.key = key;
    this.windowStartedAt = now;
  }

  public static String forAccount(EmailAddress email) {
    return "account:" + email.value();
  }

  public static String forClient(String address) {
    return "client:" + address;
  }

  /** The moment sign-in is allowed again, if it is blocked now. */
  public Optional<Instant> blockedUntil(Instant now) {
    return blockedUntil != null && now.isBefore(blockedUntil)
        ? Optional.of(blockedUntil)
        : Optional.empty();
  }

  public void recordFailure(Instant now, ThrottlePolicy policy) {
    if (!now.isBefore(windowStartedAt.plus(policy.window())) && blockedUntil(now).isEmpty()) {
      failures = 0;
    }
    failures++;
    // The window slides with every failure: measured from the window's first failure instead, the
    // blocks (30 s + 1 + 2 + 4 + 8 min) outlast it and the count restarted before ever reaching
    // the longest block.
    windowStartedAt = now;
    var block = policy.blockAfter(failures);
    blockedUntil = block.isZero() ? null : now.plus(block);
  }

  public void reset(Instant now) {
    failures = 0;
    windowStartedAt = now;
    blockedUntil = null;
  }

  public int failures() {
    return failures;
  }

  public String key() {
    return key;
  }
}
