package org.colloquium.kernel.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts for one key (an account's email, a client address, a mailbox we send links to)
 * and blocks further ones once a policy's allowance is used up. Kept in the database, not in
 * memory, so every node of a cluster sees the same count; callers lock the row while they decide.
 */
@Entity
@Table(name = "throttle")
public class Throttle {

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

  protected Throttle() {}

  public Throttle(String key, Instant now) {
    this.key = key;
    this.windowStartedAt = now;
  }

  /** Sign-in attempts for one account. */
  public static String forAccount(EmailAddress email) {
    return "account:" + email.value();
  }

  /**
   * Sign-in attempts from one client address. An IPv6 client usually owns a whole /64 network and
   * could otherwise change its address with every guess, so IPv6 addresses count per /64.
   */
  public static String forClient(String address) {
    return "client:" + network(address);
  }

  static String network(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address;
    }
    try {
      // A literal address: no name lookup happens.
      byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix
            .append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
            .append(':');
      }
      return prefix.append(":/64").toString();
    } catch (java.net.UnknownHostException e) {
      return address;
    }
  }

  /** Mails with links (confirmation, password reset) sent to one address. */
  public static String forMailTo(EmailAddress email) {
    return "mail:" + email.value();
  }

  /** The moment sign-in is allowed again, if it is blocked now. */
  public Optional<Instant> blockedUntil(Instant now) {
    return blockedUntil != null && now.isBefore(blockedUntil)
        ? Optional.of(blockedUntil)
        : Optional.empty();
  }

  /** Counts one attempt; the allowance may now be used up. */
  public void record(Instant now, ThrottlePolicy policy) {
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

  /** Takes back one counted attempt that turned out to be legitimate (a successful sign-in). */
  public void forgiveOne() {
    if (failures > 0) {
      failures--;
    }
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
