package org.colloquium.programme.domain;

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
import org.colloquium.programme.api.DraftState;

/**
 * One automatic draft of an event's programme: queued by an organiser, claimed by one node, solved
 * within its time limit, and then applied to the work in progress or discarded. The proposal is
 * kept apart from the programme until it is applied, so a draft never touches what the organisers
 * edit meanwhile.
 */
@Entity
@Table(name = "programme_draft_run")
public class DraftRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_draft_run_seq")
  @SequenceGenerator(
      name = "programme_draft_run_seq",
      sequenceName = "programme_draft_run_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private DraftState state;

  @Column(name = "requested_by")
  private Long requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(nullable = false)
  private int seconds;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "elapsed_ms")
  private Long elapsedMs;

  @Column(length = 80)
  private String score;

  private Integer placed;

  private Integer unplaced;

  @Column(length = 300)
  private String message;

  /** Renewed while a node solves it; an old one means the node died (see the migration). */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "claim_token", length = 80)
  private String claimToken;

  private byte[] proposal;

  protected DraftRun() {}

  public DraftRun(Long eventId, Long by, Instant at, int seconds) {
    if (seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("seconds out of range: " + seconds);
    }
    this.eventId = eventId;
    this.requestedBy = by;
    this.requestedAt = at;
    this.seconds = seconds;
    this.state = DraftState.QUEUED;
  }

  /**
   * What a draft's failure says when the node running it went away (killed, or stopped before it
   * could hand it back): the page says so in words, and a new draft may be started.
   */
  public static final String INTERRUPTED = "interrupted";

  /** Longer than any run goes past its time limit: solving stops there and storing is quick. */
  static final Duration GRACE = Duration.ofMinutes(5);

  /**
   * Running well past its time limit: the node running it is gone, and nothing will finish it. It
   * must not keep the event from starting another draft.
   */
  public boolean abandoned(Instant now) {
    return state == DraftState.RUNNING
        && startedAt != null
        && startedAt.plusSeconds(seconds).plus(GRACE).isBefore(now);
  }

  /** The node running it is stopping: queued again, for the next node that looks (or this one). */
  public void handBack() {
    if (state == DraftState.RUNNING) {
      this.state = DraftState.QUEUED;
      this.startedAt = null;
      this.score = null;
      this.elapsedMs = null;
      this.heartbeatAt = null;
      this.claimToken = null;
    }
  }

  /** Claimed by a node: queued, or running on a node that stopped beating; solving starts over. */
  public void claim(Instant at, String token) {
    this.state = DraftState.RUNNING;
    this.startedAt = at;
    this.heartbeatAt = at;
    this.claimToken = token;
    this.score = null;
    this.elapsedMs = null;
  }

  /** Whether the claim {@code token} still holds it (another node has not taken it over). */
  public boolean heldBy(String token) {
    return state == DraftState.RUNNING && token != null && token.equals(claimToken);
  }

  public void progress(String score, Duration elapsed, Instant at) {
    this.score = score;
    this.elapsedMs = elapsed.toMillis();
    this.heartbeatAt = at;
  }

  public String claimToken() {
    return claimToken;
  }

  public void done(String score, int placed, int unplaced, byte[] proposal, Instant at) {
    this.state = DraftState.DONE;
    this.score = score;
    this.placed = placed;
    this.unplaced = unplaced;
    this.proposal = proposal;
    this.finishedAt = at;
    this.elapsedMs = Duration.between(startedAt, at).toMillis();
  }

  public void failed(String message, Instant at) {
    this.state = DraftState.FAILED;
    this.message = message;
    this.finishedAt = at;
  }

  /**
   * Applied to the work in progress, or thrown away: either way its proposal is no longer needed.
   */
  public void close(DraftState end) {
    if (end != DraftState.APPLIED && end != DraftState.DISCARDED) {
      throw new IllegalArgumentException(end.name());
    }
    this.state = end;
    this.proposal = null;
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public DraftState state() {
    return state;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public int seconds() {
    return seconds;
  }

  public Optional<Long> elapsedMs() {
    return Optional.ofNullable(elapsedMs);
  }

  public Optional<String> score() {
    return Optional.ofNullable(score);
  }

  public Optional<Integer> placed() {
    return Optional.ofNullable(placed);
  }

  public Optional<Integer> unplaced() {
    return Optional.ofNullable(unplaced);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public Optional<byte[]> proposal() {
    return Optional.ofNullable(proposal);
  }
}
