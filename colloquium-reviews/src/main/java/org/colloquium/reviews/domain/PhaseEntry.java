package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.colloquium.reviews.api.OtherReviews;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;

/** One phase of an event's review as stored: its start, whether it is skipped, and its rules. */
@Embeddable
public class PhaseEntry {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PhaseKind kind;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(nullable = false)
  private boolean skipped;

  @Column(name = "reviewers_bid", nullable = false)
  private boolean reviewersBid;

  @Column(name = "reviewers_review", nullable = false)
  private boolean reviewersReview;

  @Enumerated(EnumType.STRING)
  @Column(name = "other_reviews", nullable = false, length = 9)
  private OtherReviews otherReviews;

  @Column(name = "reviewer_names", nullable = false)
  private boolean reviewerNames;

  @Column(name = "authors_respond", nullable = false)
  private boolean authorsRespond;

  @Column(name = "authors_see_reviews", nullable = false)
  private boolean authorsSeeReviews;

  @Column(name = "organisers_decide", nullable = false)
  private boolean organisersDecide;

  @Column(name = "organisers_notify", nullable = false)
  private boolean organisersNotify;

  protected PhaseEntry() {}

  public PhaseEntry(PhaseKind kind, Instant startsAt, boolean skipped, PhaseRules rules) {
    this.kind = kind;
    this.startsAt = startsAt;
    this.skipped = skipped;
    this.reviewersBid = rules.reviewersBid();
    this.reviewersReview = rules.reviewersReview();
    this.otherReviews = rules.otherReviews();
    this.reviewerNames = rules.reviewerNames();
    this.authorsRespond = rules.authorsRespond();
    this.authorsSeeReviews = rules.authorsSeeReviews();
    this.organisersDecide = rules.organisersDecide();
    this.organisersNotify = rules.organisersNotify();
  }

  public PhaseKind kind() {
    return kind;
  }

  /** Null when not scheduled: only a switch by hand reaches it. */
  public Instant startsAt() {
    return startsAt;
  }

  public boolean skipped() {
    return skipped;
  }

  public PhaseRules rules() {
    return new PhaseRules(
        reviewersBid,
        reviewersReview,
        otherReviews,
        reviewerNames,
        authorsRespond,
        authorsSeeReviews,
        organisersDecide,
        organisersNotify);
  }
}
