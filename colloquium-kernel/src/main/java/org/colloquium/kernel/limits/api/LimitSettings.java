package org.colloquium.kernel.limits.api;

/**
 * The numbers an operator can change (docs/configuration.md), each "per" what its name says.
 *
 * @param signInFailuresPerAddress failed sign-ins per client address per hour
 * @param formsPerAddress sign-ups, reset requests and confirmation resends (each) per client
 *     address per hour
 * @param apiFailuresPerAddress unknown API tokens per client address per hour
 * @param coAuthorMailsPerAccount co-author notices one account causes per day
 * @param coAuthorMailsPerRecipient co-author notices one address receives per day
 * @param invitationMailsPerOrganiser committee invitation mails one account sends per day
 * @param invitationMailsPerRecipient committee invitation mails one address receives per day
 */
public record LimitSettings(
    int signInFailuresPerAddress,
    int formsPerAddress,
    int apiFailuresPerAddress,
    int coAuthorMailsPerAccount,
    int coAuthorMailsPerRecipient,
    int invitationMailsPerOrganiser,
    int invitationMailsPerRecipient) {

  /** Generous enough for a university network behind one address and a large conference. */
  public static final LimitSettings DEFAULTS = new LimitSettings(60, 20, 60, 100, 5, 200, 3);

  public LimitSettings {
    if (signInFailuresPerAddress < 1
        || formsPerAddress < 1
        || apiFailuresPerAddress < 1
        || coAuthorMailsPerAccount < 1
        || coAuthorMailsPerRecipient < 1
        || invitationMailsPerOrganiser < 1
        || invitationMailsPerRecipient < 1) {
      throw new IllegalArgumentException("every limit allows at least one");
    }
  }

  public int mailsPerSender(MailKind kind) {
    return switch (kind) {
      case CO_AUTHOR_NOTICE -> coAuthorMailsPerAccount;
      case COMMITTEE_INVITATION -> invitationMailsPerOrganiser;
    };
  }

  public int mailsPerRecipient(MailKind kind) {
    return switch (kind) {
      case CO_AUTHOR_NOTICE -> coAuthorMailsPerRecipient;
      case COMMITTEE_INVITATION -> invitationMailsPerRecipient;
    };
  }
}
