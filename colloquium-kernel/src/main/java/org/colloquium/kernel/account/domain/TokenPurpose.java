package org.colloquium.kernel.account.domain;

import java.time.Duration;

/** What a mailed single-use link is for, and how long it stays valid. */
public enum TokenPurpose {
  /** Confirms the address given at sign-up. Generous: people read mail late. */
  CONFIRM_EMAIL(Duration.ofDays(2)),
  /** Lets someone who forgot their password choose a new one. Short, as it grants the account. */
  RESET_PASSWORD(Duration.ofHours(1));

  private final Duration validity;

  TokenPurpose(Duration validity) {
    this.validity = validity;
  }

  public Duration validity() {
    return validity;
  }
}
