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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * A conference or other academic event. Born as a draft that only its organisers see; published, it
 * appears on the public site; archived, it stays public but is no longer offered for new activity.
 */
@PublicContent
@Entity
@Table(name = "event")
@NamedQuery(name = "Event.bySlug", query = "select e from Event e where e.slug = :slug")
@NamedQuery(
    name = "Event.publicFromEnd",
    query =
        "select e from Event e where e.status <> org.colloquium.events.api.EventStatus.DRAFT"
            + " and e.endsAt > :now order by e.startsAt asc")
@NamedQuery(
    name = "Event.publicPast",
    query =
        "select e from Event e where e.status <> org.colloquium.events.api.EventStatus.DRAFT"
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

  /** The name of the series of which this is one edition ("Annual Conference of the RCRS"). */
  @Column(name = "series_name", length = 300)
  private String series;

  /** Positive; the number of this edition in its series. */
  @Column(name = "edition")
  private Integer edition;

  @Column(name = "venue_map_url", length = WebLink.MAX_LENGTH)
  private String venueMapUrl;

  @Column(name = "stream_url", length = WebLink.MAX_LENGTH)
  private String streamUrl;

  @Column(name = "contact_email", length = EmailAddress.MAX_LENGTH)
  private String contactEmail;

  /** Title, subtitle and description in the language other than {@link #contentLanguage}. */
  @ElementCollection
  @CollectionTable(name = "event_text", joinColumns = @JoinColumn(name = "event_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "language", length = 2)
  private Map<Language, EventText> translations = new EnumMap<>(Language.class);

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

  /**
   * Sets the primary language. A translation into that language would now say the same thing twice,
   * and is dropped.
   */
  public void writtenIn(Language language) {
    this.contentLanguage = Objects.requireNonNull(language);
    translations.remove(language);
  }

  public void retitle(String title) {
    this.title = requireText(title, "title");
  }

  /**
   * The slug is part of the event's public address; once published, links to it exist elsewhere, so
   * it can change only while the event is a draft.
   */
  public boolean mayChangeSlug() {
    return status == EventStatus.DRAFT;
  }

  public void changeSlug(Slug newSlug) {
    if (newSlug.value().equals(slug)) {
      return;
    }
    if (!mayChangeSlug()) {
      throw new IllegalStateException("the address of a published event cannot change");
    }
    this.slug = newSlug.value();
  }

  /** Both null for an event outside any series; an edition number must be positive. */
  public void partOfSeries(String series, Integer edition) {
    if (edition != null && edition < 1) {
      throw new IllegalArgumentException("an edition number is positive: " + edition);
    }
    this.series = EventText.blankToNull(series);
    this.edition = edition;
  }

  /** A link to a map of the venue (http or https), or null. */
  public void mappedAt(String mapUrl) {
    this.venueMapUrl = requireLinkOrNull(mapUrl);
  }

  /** Where online participants follow the event (http or https), or null. */
  public void streamedAt(String url) {
    this.streamUrl = requireLinkOrNull(url);
  }

  public void contactAt(EmailAddress email) {
    this.contactEmail = email == null ? null : email.value();
  }

  /**
   * Gives the texts in the second language, or removes them with {@code null}.
   *
   * @throws IllegalArgumentException for the primary language, whose texts are the event's own
   */
  public void translate(Language language, EventText text) {
    if (language == contentLanguage) {
      throw new IllegalArgumentException("the primary texts are not a translation");
    }
    if (text == null) {
      translations.remove(language);
    } else {
      translations.put(language, text);
    }
  }

  /**
   * The texts for a visitor reading {@code wanted}: the translation if there is one, otherwise the
   * primary texts. A translation without a description borrows the primary one, marked with its own
   * language.
   */
  public LocalisedText textIn(Language wanted) {
    EventText translation = wanted == null ? null : translations.get(wanted);
    if (translation == null) {
      return new LocalisedText(title, subtitle, contentLanguage, description, contentLanguage);
    }
    boolean ownDescription = translation.description() != null;
    return new LocalisedText(
        translation.title(),
        translation.subtitle(),
        wanted,
        ownDescription ? translation.description() : description,
        ownDescription ? wanted : contentLanguage);
  }

  public Optional<EventText> translation(Language language) {
    return Optional.ofNullable(translations.get(language));
  }

  /**
   * A draft of the next edition: the same texts, venue, links, organiser and partners, the edition
   * number one higher, and the dates moved by {@code shift}. Calls, tracks and committees are not
   * the event's own; their features copy them.
   */
  public Event nextEdition(Slug newSlug, EditionShift shift, Instant now) {
    Event copy = new Event(newSlug, title, shift.apply(schedule()), attendance, now);
    copy.contentLanguage = contentLanguage;
    copy.subtitle = subtitle;
    copy.description = description;
    copy.venueName = venueName;
    copy.venueAddress = venueAddress;
    copy.venueMapUrl = venueMapUrl;
    copy.streamUrl = streamUrl;
    copy.contactEmail = contactEmail;
    copy.series = series;
    copy.edition = edition == null ? null : edition + 1;
    // Logos are stored once by content, so the new edition shares them.
    copy.organiser =
        organiser == null
            ? null
            : new Institution(organiser.name(), organiser.url(), organiser.logo());
    partners.forEach(p -> copy.partners.add(new Institution(p.name(), p.url(), p.logo())));
    copy.translations.putAll(translations);
    return copy;
  }

  public void describe(String subtitle, String descriptionMarkdown) {
    this.subtitle = EventText.blankToNull(subtitle);
    this.description = EventText.blankToNull(descriptionMarkdown);
  }

  public void reschedule(EventSchedule schedule) {
    this.startsAt = schedule.start();
    this.endsAt = schedule.end();
    this.timeZone = schedule.zone().getId();
  }

  public void holdAt(String venueName, String venueAddress, AttendanceMode attendance) {
    this.venueName = EventText.blankToNull(venueName);
    this.venueAddress = EventText.blankToNull(venueAddress);
    this.attendance = Objects.requireNonNull(attendance);
  }

  public void organisedBy(Institution organiser, List<Institution> partners) {
    this.organiser = organiser;
    this.partners.clear();
    this.partners.addAll(partners);
  }

  /** Puts a draft (or an archived event, again) on the public site. */
  public void publish() {
    if (status == EventStatus.PUBLISHED) {
      throw new IllegalStateException("already published");
    }
    status = EventStatus.PUBLISHED;
  }

  /** Keeps a published event public but closed for new activity. */
  public void archive() {
    if (status != EventStatus.PUBLISHED) {
      throw new IllegalStateException("only a published event can be archived");
    }
    status = EventStatus.ARCHIVED;
  }

  /** Takes the event off the public site. */
  public void backToDraft() {
    if (status == EventStatus.DRAFT) {
      throw new IllegalStateException("already a draft");
    }
    status = EventStatus.DRAFT;
  }

  /** Drafts are visible only to those who may manage the event. */
  public boolean isVisibleToPublic() {
    return status.isPublic();
  }

  private static String requireLinkOrNull(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!WebLink.isValid(value)) {
      throw new IllegalArgumentException("not an http(s) address: " + value);
    }
    return value.strip();
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

  public int version() {
    return version;
  }

  public String series() {
    return series;
  }

  public Integer edition() {
    return edition;
  }

  public String venueMapUrl() {
    return venueMapUrl;
  }

  public String streamUrl() {
    return streamUrl;
  }

  public String contactEmail() {
    return contactEmail;
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
