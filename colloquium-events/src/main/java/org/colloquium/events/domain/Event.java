package org.colloquium.events.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.colloquium.kernel.i18n.Language;

/**
 * A conference or other academic event. Born as a draft that only its organisers see; published, it
 * appears on the public site; archived, it stays public but is no longer offered for new activity.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = "Event.bySlug", query = "select e from Event e where e.slug = :slug")
@NamedQuery(
    name = "Event.publicFromEnd",
    query =
        "select e from Event e where e.status <> org.colloquium.events.domain.EventStatus.DRAFT"
            + " and e.endsAt > :now order by e.startsAt asc")
@NamedQuery(
    name = "Event.publicPast",
    query =
        "select e from Event e where e.status <> org.colloquium.events.domain.EventStatus.DRAFT"
            + " and e.endsAt <= :now order by e.startsAt desc")
public class Event {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
  @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
  private String slug;

  @Column(nullable = false, length = 400)
  private String title;

  @Column(length = 400)
  private String subtitle;

  /** Markdown; rendered through the sanitiser whenever shown. */
  @Column(length = 100000)
  private String description;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "venue_name", length = 300)
  private String venueName;

  @Column(name = "venue_address", length = 500)
  private String venueAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AttendanceMode attendance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EventStatus status;

  /**
   * The language the organisers wrote the event's texts in; pages mark those texts with it, so a
   * screen reader reads an English title on a Romanian page with English pronunciation.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "content_language", nullable = false, length = 2)
  private Language contentLanguage = Language.EN;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "organiser_name", length = 300)),
    @AttributeOverride(name = "url", column = @Column(name = "organiser_url", length = 500))
  })
  private Institution organiser;

  @ElementCollection
  @CollectionTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  private List<Institution> partners = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Event() {}

  public Event(
      Slug slug,
      String title,
      EventSchedule schedule,
      AttendanceMode attendance,
      Instant createdAt) {
    this.slug = slug.value();
    this.title = requireText(title, "title");
    reschedule(schedule);
    this.attendance = Objects.requireNonNull(attendance);
    this.status = EventStatus.DRAFT;
    this.createdAt = createdAt;
  }

  public void writtenIn(Language language) {
    this.contentLanguage = Objects.requireNonNull(language);
  }

  public void describe(String subtitle, String descriptionMarkdown) {
    this.subtitle = subtitle;
    this.description = descriptionMarkdown;
  }

  public void reschedule(EventSchedule schedule) {
    this.startsAt = schedule.start();
    this.endsAt = schedule.end();
    this.timeZone = schedule.zone().getId();
  }

  public void holdAt(String venueName, String venueAddress, AttendanceMode attendance) {
    this.venueName = venueName;
    this.venueAddress = venueAddress;
    this.attendance = Objects.requireNonNull(attendance);
  }

  public void organisedBy(Institution organiser, List<Institution> partners) {
    this.organiser = organiser;
    this.partners.clear();
    this.partners.addAll(partners);
  }

  public void publish() {
    status = EventStatus.PUBLISHED;
  }

  public void archive() {
    status = EventStatus.ARCHIVED;
  }

  /** Drafts are visible only to those who may manage the event. */
  public boolean isVisibleToPublic() {
    return status.isPublic();
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  public Long id() {
    return id;
  }

  public Slug slug() {
    return new Slug(slug);
  }

  public String title() {
    return title;
  }

  public String subtitle() {
    return subtitle;
  }

  public String description() {
    return description;
  }

  public EventSchedule schedule() {
    return new EventSchedule(startsAt, endsAt, ZoneId.of(timeZone));
  }

  public String venueName() {
    return venueName;
  }

  public String venueAddress() {
    return venueAddress;
  }

  public AttendanceMode attendance() {
    return attendance;
  }

  public EventStatus status() {
    return status;
  }

  public Language contentLanguage() {
    return contentLanguage;
  }

  public Institution organiser() {
    return organiser;
  }

  public List<Institution> partners() {
    return List.copyOf(partners);
  }
}
