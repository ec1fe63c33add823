package org.colloquium.reviews.api;

import java.io.Serializable;

/** What a phase lets reviewers, authors and organisers do. */
public record PhaseRules(
    boolean reviewersBid,
    boolean reviewersReview,
    OtherReviews otherReviews,
    boolean reviewerNames,
    boolean authorsRespond,
    boolean authorsSeeReviews,
    boolean organisersDecide,
    boolean organisersNotify)
    implements Serializable {

  public static PhaseRules defaultsFor(PhaseKind kind) {
    return switch (kind) {
      case BIDDING ->
          new PhaseRules(true, false, OtherReviews.NEVER, false, false, false, false, false);
      case REVIEWING ->
          new PhaseRules(false, true, OtherReviews.AFTER_OWN, false, false, false, false, false);
      case DISCUSSION ->
          new PhaseRules(false, true, OtherReviews.AFTER_OWN, true, false, false, false, false);
      case DECISION ->
          new PhaseRules(false, false, OtherReviews.ALWAYS, true, false, false, true, false);
      case NOTIFICATION ->
          new PhaseRules(false, false, OtherReviews.ALWAYS, true, false, true, true, true);
    };
  }
}
