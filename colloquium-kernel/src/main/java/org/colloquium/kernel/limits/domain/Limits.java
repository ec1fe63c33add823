package org.colloquium.kernel.limits.domain;

import java.time.Duration;
import org.colloquium.kernel.limits.api.ClientForm;
import org.colloquium.kernel.limits.api.LimitSettings;
import org.colloquium.kernel.limits.api.MailKind;

/** Every limit the site applies, with the operator's numbers. */
public final class Limits {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  /**
   * Wrong passwords per account from one client address: five at once, then one every three
   * minutes, at most twenty a day. Per account <em>and</em> client, so that a stranger's guesses
   * never lock the owner out on their own device; fixed, since it is the rule against guessing.
   */
  public static final Limit SIGN_IN_PER_ACCOUNT_AND_CLIENT =
      Limit.of(
          "sign-in.account+client", Rate.smooth(5, Duration.ofMinutes(15)), Rate.smooth(20, DAY));

  /**
   * Mails with links (confirmation, reset, "someone tried to sign up") to one address: at most
   * three per quarter of an hour, whoever asks, so the forms cannot flood a mailbox.
   */
  public static final Limit LINK_MAILS_TO_ADDRESS =
      Limit.of("mail.links", Rate.quota(3, Duration.ofMinutes(15)));

  private final LimitSettings settings;

  public Limits(LimitSettings settings) {
    this.settings = settings;
  }

  public LimitSettings settings() {
    return settings;
  }

  /** Failed sign-ins from one client address, whichever accounts they tried. */
  public Limit signInPerClient() {
    return Limit.of("sign-in.client", Rate.smooth(settings.signInFailuresPerAddress(), HOUR));
  }

  /** One anonymous form from one client address. */
  public Limit formPerClient(ClientForm form) {
    return Limit.of("form." + form.key(), Rate.smooth(settings.formsPerAddress(), HOUR));
  }

  /** API requests with an unknown or revoked token from one client address. */
  public Limit apiFailuresPerClient() {
    return Limit.of("api.token-failures", Rate.smooth(settings.apiFailuresPerAddress(), HOUR));
  }

  /** Mails of one kind that one account causes in a day. */
  public Limit mailsPerSender(MailKind kind) {
    return Limit.of(kind.key() + ".sender", Rate.quota(settings.mailsPerSender(kind), DAY));
  }

  /** Mails of one kind that one address receives in a day, whoever causes them. */
  public Limit mailsPerRecipient(MailKind kind) {
    return Limit.of(kind.key() + ".recipient", Rate.quota(settings.mailsPerRecipient(kind), DAY));
  }
}
