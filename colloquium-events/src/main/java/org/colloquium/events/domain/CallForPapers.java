package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An event's call for papers: when it opens, the abstract deadline, and who it is for. Open from
 * the opening instant (inclusive) to the deadline (exclusive).
 */
@Entity
@Table(name = "call_for_papers")
@NamedQuery(
    name = "CallForPapers.ofEvent",
    query = "select c from CallForPapers c where c.eventId = :event")
public class CallForPapers {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_for_papers_seq")
  @SequenceGenerator(
      name = "call_for_papers_seq",
      sequenceName = "call_for_papers_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false, unique = true)
  private Long eventId;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "abstract_deadline", nullable = false)
  private Instant abstractDeadline;

  /** Who may submit, e.g. "primarily for students and emerging scholars". */
  @Column(length = 2000)
  private String eligibility;

  protected CallForPapers() {}

  public CallForPapers(
      Long eventId, Instant opensAt, Instant abstractDeadline, String eligibility) {
    this.eventId = Objects.requireNonNull(eventId);
    if (!abstractDeadline.isAfter(opensAt)) {
      throw new IllegalArgumentException("a call closes after it opens");
    }
    this.opensAt = opensAt;
    this.abstractDeadline = abstractDeadline;
    this.eligibility = eligibility;
  }

  public boolean isOpen(Instant now) {
    return !now.isBefore(opensAt) && now.isBefore(abstractDeadline);
  }

  public Long eventId() {
    return eventId;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant abstractDeadline() {
    return abstractDeadline;
  }

  public String eligibility() {
    return eligibility;
  }
}
