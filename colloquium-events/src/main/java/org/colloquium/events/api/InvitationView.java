package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An invitation as the committee page lists it; {@code version} goes back with revoke and resend so
 * that a change made meanwhile by another organiser is noticed.
 *
 * @param notMailed whether a daily quota of invitation mails kept its last mail from going out
 */
public record InvitationView(
    Long id,
    int version,
    String email,
    EventRole role,
    InvitationStatus status,
    String invitedBy,
    Instant sentAt,
    Instant expiresAt,
    String acceptedBy,
    boolean notMailed)
    implements Serializable {}
