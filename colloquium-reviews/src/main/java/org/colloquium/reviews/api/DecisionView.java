package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A decision as the organisers see it: what was decided, and what the authors were told.
 *
 * @param pending decided (or changed) since the authors were last notified
 * @param notifiedOutcome what the authors were told; null before the first notification
 * @param version for the notification preview: a decision changed after it is not sent unseen
 */
public record DecisionView(
    Outcome outcome,
    Long typeId,
    String typeName,
    Long trackId,
    String trackName,
    Integer otherNumber,
    String note,
    String decidedBy,
    Instant decidedAt,
    boolean pending,
    Outcome notifiedOutcome,
    Instant notifiedAt,
    int version)
    implements Serializable {}
