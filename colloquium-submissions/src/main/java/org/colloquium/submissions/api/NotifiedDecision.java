package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * The decision on a submission as its authors were told it (see {@link NotifiedDecisions}).
 *
 * @param presented whether it is presented at the event (accepted, also as a poster): this opens
 *     the final version
 * @param trackId the track it is presented in when the decision moved it; null keeps the one chosen
 *     on the form
 * @param presentationTypeId how it is presented, when the decision says; null keeps the form's
 */
public record NotifiedDecision(
    boolean presented, Long trackId, Long presentationTypeId, Instant notifiedAt)
    implements Serializable {}
