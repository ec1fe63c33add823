package org.colloquium.kernel.limits.domain;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.colloquium.kernel.limits.api.ClientAddress;

/**
 * Who may try a password now. An attempt is counted before the password is checked (so parallel
 * guesses cannot slip through together) against two buckets: the client address's, and the
 * account-and-client pair's. A correct password gives the attempt back. A stranger's failures thus
 * use up only their own pair and address: the owner, from a client that has not failed, is let in.
 */
public final class SignInGate {

  private SignInGate() {}

  /** The subject of an account-and-client bucket. */
  public static String subject(String email, ClientAddress client) {
    return email + "|" + client.value();
  }

  /**
   * Counts one attempt.
   *
   * @param accountAndClient null when the input names no account (not an email address)
   * @return how long to wait, if the attempt is refused (then nothing was counted)
   */
  public static Optional<Duration> admit(Bucket client, Bucket accountAndClient) {
    ConsumptionProbe fromClient = client.tryConsumeAndReturnRemaining(1);
    if (!fromClient.isConsumed()) {
      return Optional.of(wait(fromClient));
    }
    if (accountAndClient == null) {
      return Optional.empty();
    }
    ConsumptionProbe fromPair = accountAndClient.tryConsumeAndReturnRemaining(1);
    if (!fromPair.isConsumed()) {
      client.addTokens(1);
      return Optional.of(wait(fromPair));
    }
    return Optional.empty();
  }

  /** The right password: the pair starts afresh, the address gets its attempt back. */
  public static void succeeded(Bucket client, Bucket accountAndClient) {
    accountAndClient.reset();
    client.addTokens(1);
  }

  static Duration wait(ConsumptionProbe refused) {
    // At least a second: Retry-After counts whole seconds, and "0" would invite an instant retry.
    return Duration.ofNanos(Math.max(refused.getNanosToWaitForRefill(), 1_000_000_000L));
  }
}
