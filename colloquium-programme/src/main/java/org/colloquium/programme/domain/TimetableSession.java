package org.colloquium.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.programme.api.SessionKind;

/**
 * A block of the work-in-progress timetable: in one room (or everywhere, for a break) from its
 * start to its end. The public never sees it directly, only the releases made from it.
 */
@Entity
@Table(name = "programme_session")
public class TimetableSession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_session_seq")
  @SequenceGenerator(
      name = "programme_session_seq",
      sequenceName = "programme_session_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private SessionKind kind;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "title_second", length = 300)
  private String titleSecond;

  @Column(length = 4000)
  private String description;

  @Column(name = "room_id")
  private Long roomId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "track_id")
  private Long trackId;

  @Column(length = 8)
  private String language;

  private Integer audience;

  @Column(nullable = false)
  private boolean pinned;

  @ElementCollection
  @CollectionTable(name = "programme_chair", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<Chair> chairs = new ArrayList<>();

  protected TimetableSession() {}

  public TimetableSession(Long eventId, SessionShape shape) {
    this.eventId = eventId;
    change(shape);
  }

  /** Everything the organiser's form says about it at once. */
  public void change(SessionShape shape) {
    this.kind = shape.kind();
    this.title = shape.title();
    this.titleSecond = shape.titleSecond();
    this.description = shape.description();
    this.trackId = shape.trackId();
    this.language = shape.language();
    this.audience = shape.audience();
    this.pinned = shape.pinned();
    this.chairs = new ArrayList<>(shape.chairs());
    place(shape.roomId(), shape.start(), shape.end());
  }

  /** Moves it to a room and a time (a drag in the grid, or the form). */
  public void place(Long roomId, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a session ends after it starts");
    }
    this.roomId = roomId;
    this.startsAt = start;
    this.endsAt = end;
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

  public SessionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public Optional<String> titleSecond() {
    return Optional.ofNullable(titleSecond);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<Long> roomId() {
    return Optional.ofNullable(roomId);
  }

  public Instant start() {
    return startsAt;
  }

  public Instant end() {
    return endsAt;
  }

  public Duration length() {
    return Duration.between(startsAt, endsAt);
  }

  public Optional<Long> trackId() {
    return Optional.ofNullable(trackId);
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  public Optional<Integer> audience() {
    return Optional.ofNullable(audience);
  }

  public boolean pinned() {
    return pinned;
  }

  public List<Chair> chairs() {
    return List.copyOf(chairs);
  }
}
