package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the invitation page shows to whoever holds the link: the secret proves access to the
 * mailbox, so the event is named even while it is a draft.
 *
 * @param sentTo the address the invitation was mailed to (the signed-in account may differ)
 * @param acceptedByViewer whether the current viewer is the one who accepted it
 */
public record InvitationDetails(
    EventSummary event,
    EventRole role,
    String invitedBy,
    String sentTo,
    String message,
    Instant expiresAt,
    InvitationStatus status,
    boolean acceptedByViewer)
    implements Serializable {}
