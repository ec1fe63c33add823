package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.colloquium.reviews.api.Bid;

/** A reviewer's bid on a submission (a conflict is declared, not bid). */
@Entity
@Table(name = "review_bid")
@IdClass(PairKey.class)
public class ReviewBid {

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false)
  private short bid;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ReviewBid() {}

  public ReviewBid(Long eventId, Long submissionId, Long accountId) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.accountId = accountId;
  }

  public void place(Bid bid, Instant at) {
    if (bid == Bid.CONFLICT) {
      throw new IllegalArgumentException("a conflict is declared, not bid");
    }
    this.bid = (short) bid.value();
    this.updatedAt = at;
  }

  public Long submissionId() {
    return submissionId;
  }

  public Long accountId() {
    return accountId;
  }

  public Bid bid() {
    return Bid.of(bid);
  }
}
