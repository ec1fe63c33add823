package org.colloquium.kernel.limits.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The counts behind sign-in: per client, and per account address and client. The accounts area
 * calls it inside its own short transactions; the buckets' rows stay locked until they end.
 */
public interface SignInThrottle {

  /**
   * Counts an attempt before the password is checked.
   *
   * @param email the address typed, or null when it is not an address (only the client counts)
   * @return how long to wait, if sign-in is refused now
   */
  Optional<Duration> admit(String email, ClientAddress client);

  /** The right password: this address and client start afresh, the client gets its attempt back. */
  void succeeded(String email, ClientAddress client);

  /** A password reset from this client lifts the pause of this address and client. */
  void forgive(String email, ClientAddress client);
}
