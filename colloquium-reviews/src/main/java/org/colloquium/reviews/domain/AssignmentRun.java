package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One computation of an automatic assignment: queued by an organiser, claimed and run by a
 * background job, then committed or discarded by an organiser. Its proposal lies in rows of its own
 * (review_proposed_pair, review_proposed_shortfall) until then.
 */
@Entity
@Table(name = "review_assignment_run")
public class AssignmentRun {

  /** Where the run stands. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED,
    COMMITTED,
    DISCARDED;

    public boolean finished() {
      return this != QUEUED && this != RUNNING;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignment_run_seq")
  @SequenceGenerator(
      name = "review_assignment_run_seq",
      sequenceName = "review_assignment_run_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(nullable = false)
  private boolean balance;

  @Column(name = "requested_by")
  private Long requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** When the node running it last said it is alive: renewed a few times per lease. */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "claim_token", length = 80)
  private String claimToken;

  @Column(nullable = false)
  private int progress;

  @Column(name = "cancel_requested", nullable = false)
  private boolean cancelRequested;

  @Column(name = "total_cost")
  private Long totalCost;

  @Column(length = 1000)
  private String message;

  protected AssignmentRun() {}

  public AssignmentRun(Long eventId, boolean balance, Long requestedBy, Instant at) {
    this.eventId = eventId;
    this.balance = balance;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.state = State.QUEUED;
  }

  /**
   * A running run whose node stopped renewing its claim is taken over by any live node within a
   * lease (seconds); one not renewed for this long has had no live node to take it at all, and ends
   * when an organiser cancels it.
   */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

  /** Running, but no node has said it is alive for long: nothing will end it by itself. */
  public boolean abandoned(Instant now) {
    Instant alive = heartbeatAt != null ? heartbeatAt : claimedAt;
    return state == State.RUNNING && alive != null && alive.plus(ABANDONED_AFTER).isBefore(now);
  }

  /** The node running it is stopping: queued again, for the next node that looks. */
  public void handBack() {
    if (state == State.RUNNING) {
      this.state = State.QUEUED;
      this.claimedAt = null;
      this.heartbeatAt = null;
      this.claimToken = null;
      this.progress = 0;
    }
  }

  /** A node starts (or, its first node having died, starts again) solving it. */
  public void claim(Instant at, String token) {
    this.state = State.RUNNING;
    this.claimedAt = at;
    this.heartbeatAt = at;
    this.claimToken = token;
    this.progress = 0;
  }

  /** Whether the claim {@code token} still holds it (another node has not taken it over). */
  public boolean heldBy(String token) {
    return state == State.RUNNING && token != null && token.equals(claimToken);
  }

  public Optional<String> claimToken() {
    return Optional.ofNullable(claimToken);
  }

  public void progress(int percent) {
    this.progress = Math.max(0, Math.min(100, percent));
  }

  public void requestCancel() {
    this.cancelRequested = true;
  }

  public void done(long cost, Instant at) {
    this.state = State.DONE;
    this.totalCost = cost;
    this.progress = 100;
    this.finishedAt = at;
  }

  public void end(State how, String why, Instant at) {
    this.state = how;
    this.message = why == null || why.length() <= 1000 ? why : why.substring(0, 1000);
    this.finishedAt = at;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Long eventId() {
    return eventId;
  }

  public State state() {
    return state;
  }

  public boolean balance() {
    return balance;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public int progress() {
    return progress;
  }

  public boolean cancelRequested() {
    return cancelRequested;
  }

  public Optional<Long> totalCost() {
    return Optional.ofNullable(totalCost);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }
}
