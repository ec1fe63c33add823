package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/** An event's committee page: who holds which role, and who has been invited. */
public record CommitteeOverview(
    EventSummary event, List<CommitteeMember> members, List<InvitationView> invitations)
    implements Serializable {}
