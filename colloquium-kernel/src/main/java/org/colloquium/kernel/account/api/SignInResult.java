package org.colloquium.kernel.account.api;

import java.time.Instant;
import org.colloquium.kernel.i18n.Language;

/** How a sign-in attempt ended. */
public record SignInResult(
    Status status,
    Long accountId,
    boolean administrator,
    Language language,
    Instant retryAfter,
    int credentialVersion) {

  public enum Status {
    SIGNED_IN,
    /** Unknown address or wrong password; the two are not told apart. */
    INVALID,
    /** Too many failures; {@link #retryAfter} says when to try again. */
    THROTTLED,
    /** The password was right but the address is not confirmed yet. */
    UNCONFIRMED
  }

  public static SignInResult signedIn(
      Long accountId, boolean administrator, Language language, int credentialVersion) {
    return new SignInResult(
        Status.SIGNED_IN, accountId, administrator, language, null, credentialVersion);
  }

  public static SignInResult of(Status status) {
    return new SignInResult(status, null, false, null, null, 0);
  }

  public static SignInResult throttled(Instant until) {
    return new SignInResult(Status.THROTTLED, null, false, null, until, 0);
  }
}
