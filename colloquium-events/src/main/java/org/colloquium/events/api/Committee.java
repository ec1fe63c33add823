package org.colloquium.events.api;

import java.util.Optional;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;

/**
 * An event's committee: inviting people by mail to a role, withdrawing and resending invitations,
 * accepting them, and removing members. Every organiser-side method checks that the actor may
 * manage <em>that</em> event. Accepting needs only a signed-in account and the link's secret, which
 * proves access to the mailbox the invitation went to (as in pretalx).
 */
public interface Committee {
  /**
   * @throws NotFoundException if there is no such event
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor may not manage it
   */
  CommitteeOverview overview(Long actorId, String slug);

  /**
   * Invites someone by mail. A pending invitation of the same address to the same role is sent
   * again instead (its older link stops working). When a daily quota of invitation mails (the
   * organiser's or the address's) is used up, the invitation is saved all the same but not mailed,
   * and a pending one keeps its link; the answer says so, and so does the committee page.
   *
   * @throws ValidationException for a missing or invalid address or role, an address that already
   *     holds the role, or a message too long
   */
  InvitationMailing invite(Long actorId, String slug, InvitationRequest request);

  /**
   * Withdraws a pending (or expired) invitation: its link then says so.
   *
   * @param version the version the organiser saw, to notice a change made meanwhile
   * @throws ValidationException if it changed meanwhile or is no longer open
   */
  void revoke(Long actorId, String slug, Long invitationId, int version);

  /**
   * Sends a pending or expired invitation again with a new link and a new expiry; the older link
   * stops working. When a daily quota of invitation mails is used up, nothing changes but the mark
   * that it was not mailed (the older link keeps working), and the answer says so.
   *
   * @throws ValidationException if it changed meanwhile or is no longer open
   */
  InvitationMailing resend(Long actorId, String slug, Long invitationId, int version);

  /**
   * Takes a role away from a member.
   *
   * @throws ValidationException for the last organiser, who must stay, or a member removed
   *     meanwhile
   */
  void removeMember(Long actorId, String slug, Long memberId);

  /** The invitation whose link carries this secret, as its page shows it; empty if unknown. */
  Optional<InvitationDetails> invitation(String secret, Long viewerId);

  /**
   * Accepts an invitation for the signed-in account: it gets the role in the event. Accepting again
   * by the same account changes nothing and answers the same.
   *
   * @throws ValidationException naming why not: an unknown link (never sent, or replaced by a newer
   *     one), an expired, withdrawn or already used invitation
   */
  Acceptance accept(String secret, Long accountId);
}
