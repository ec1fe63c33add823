package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * One submission on the organisers' decision dashboard. For a submission the organiser looking is
 * conflicted with (an author of it, or a conflict of interest), only its number, title and that
 * fact: no scores and no decision.
 *
 * @param decision null while undecided or hidden
 */
public record DashboardRow(
    Long submissionId,
    int number,
    String title,
    Long trackId,
    String track,
    Long typeId,
    String type,
    Scores scores,
    DecisionView decision,
    boolean conflicted)
    implements Serializable {}
