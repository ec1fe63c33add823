package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * What a submission's submitted reviews say together, each review's weighted score on 0–100.
 *
 * @param done reviews submitted
 * @param assigned reviewers assigned (declined ones left out)
 * @param mean the mean of the reviews' scores; null without a scored review
 * @param weightedMean the mean weighted by each reviewer's confidence (the mean when no review
 *     gives one); null without a scored review
 * @param median null without a scored review
 * @param spread the highest score less the lowest; null without two scored reviews
 * @param disagreement whether the reviewers disagree enough that the committee should discuss it
 * @param confidence the reviewers' mean confidence on its scale; null when none gave one
 */
public record Scores(
    int done,
    int assigned,
    Double mean,
    Double weightedMean,
    Double median,
    Double spread,
    boolean disagreement,
    Double confidence)
    implements Serializable {}
