package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * An event's call for papers: its dates ({@link CallDates}), who it is for, the rules of the
 * abstract form ({@link AbstractRules}) and how abstracts will be reviewed. Open from the opening
 * instant (inclusive) to the deadline plus the grace period (exclusive).
 */
@PublicContent
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

  @Column(name = "full_paper_deadline")
  private Instant fullPaperDeadline;

  @Column(name = "notification_at")
  private Instant notificationAt;

  @Column(name = "camera_ready_at")
  private Instant cameraReadyAt;

  @Column(name = "grace_minutes", nullable = false)
  private int graceMinutes;

  @Column(name = "word_limit", nullable = false)
  private int wordLimit = AbstractRules.DEFAULT.wordLimit();

  @Column(name = "min_keywords", nullable = false)
  private int minKeywords = AbstractRules.DEFAULT.minKeywords();

  @Column(name = "max_keywords", nullable = false)
  private int maxKeywords = AbstractRules.DEFAULT.maxKeywords();

  @Column(name = "track_required", nullable = false)
  private boolean trackRequired;

  @Column(name = "type_required", nullable = false)
  private boolean typeRequired;

  @Enumerated(EnumType.STRING)
  @Column(name = "pdf_policy", nullable = false, length = 12)
  private PdfPolicy pdfPolicy = AbstractRules.DEFAULT.pdfPolicy();

  @Column(name = "max_file_mb", nullable = false)
  private int maxFileMb = AbstractRules.DEFAULT.maxFileMb();

  /** The most pages an uploaded PDF may have; null for no limit. */
  @Column(name = "max_pages")
  private Integer maxPages;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_mode", nullable = false, length = 12)
  private ReviewMode reviewMode = ReviewMode.DOUBLE_BLIND;

  protected CallForPapers() {}

  /** A call with the default rules and only an opening and an abstract deadline. */
  public CallForPapers(
      Long eventId, Instant opensAt, Instant abstractDeadline, String eligibility) {
    this(
        eventId,
        new CallDates(opensAt, abstractDeadline, null, null, null, 0),
        eligibility,
        AbstractRules.DEFAULT,
        ReviewMode.DOUBLE_BLIND);
  }

  public CallForPapers(
      Long eventId,
      CallDates dates,
      String eligibility,
      AbstractRules rules,
      ReviewMode reviewMode) {
    this.eventId = Objects.requireNonNull(eventId);
    revise(dates, eligibility, rules, reviewMode);
  }

  /** Replaces everything an organiser edits at once. */
  public void revise(
      CallDates dates, String eligibility, AbstractRules rules, ReviewMode reviewMode) {
    this.opensAt = dates.opensAt();
    this.abstractDeadline = dates.abstractDeadline();
    this.fullPaperDeadline = dates.fullPaperDeadline();
    this.notificationAt = dates.notificationAt();
    this.cameraReadyAt = dates.cameraReadyAt();
    this.graceMinutes = dates.graceMinutes();
    this.eligibility = eligibility == null || eligibility.isBlank() ? null : eligibility.strip();
    this.wordLimit = rules.wordLimit();
    this.minKeywords = rules.minKeywords();
    this.maxKeywords = rules.maxKeywords();
    this.trackRequired = rules.trackRequired();
    this.typeRequired = rules.typeRequired();
    this.pdfPolicy = rules.pdfPolicy();
    this.maxFileMb = rules.maxFileMb();
    this.maxPages = rules.maxPages();
    this.reviewMode = Objects.requireNonNull(reviewMode);
  }

  /**
   * Whether submissions are accepted at {@code now}: from the opening until the published deadline
   * plus the grace period.
   */
  public boolean isOpen(Instant now) {
    return dates().isOpen(now);
  }

  public CallDates dates() {
    return new CallDates(
        opensAt, abstractDeadline, fullPaperDeadline, notificationAt, cameraReadyAt, graceMinutes);
  }

  public AbstractRules rules() {
    return new AbstractRules(
        wordLimit,
        minKeywords,
        maxKeywords,
        trackRequired,
        typeRequired,
        pdfPolicy,
        maxFileMb,
        maxPages);
  }

  public ReviewMode reviewMode() {
    return reviewMode;
  }

  public int version() {
    return version;
  }

  public Long id() {
    return id;
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
