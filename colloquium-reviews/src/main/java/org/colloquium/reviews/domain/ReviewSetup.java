package org.colloquium.reviews.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;

/**
 * The review of one event: how many reviews a submission needs, the loads reviewers carry, its five
 * phases and a phase switched to by hand. Created with the defaults the first time anyone touches
 * the event's review.
 */
@Entity
@Table(name = "review_setup")
public class ReviewSetup {

  /** What a centre would start from: three reviews each, at most eight per reviewer. */
  public static final int DEFAULT_REVIEWS = 3;

  public static final int DEFAULT_MAX_LOAD = 8;

  /** Late reviewers are reminded this many days before reviews are due, unless changed. */
  public static final int DEFAULT_REMIND_DAYS = 3;

  @Id
  @Column(name = "event_id")
  private Long eventId;

  @Version private int version;

  @Column(name = "reviews_per_submission", nullable = false)
  private int reviewsPerSubmission;

  @Column(name = "min_load", nullable = false)
  private int minLoad;

  @Column(name = "max_load", nullable = false)
  private int maxLoad;

  @Enumerated(EnumType.STRING)
  @Column(name = "manual_phase", length = 12)
  private PhaseKind manualPhase;

  @Column(name = "manual_phase_at")
  private Instant manualPhaseAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "remind_days_before", nullable = false)
  private int remindDaysBefore = DEFAULT_REMIND_DAYS;

  @Column(name = "auto_reminded_for")
  private Instant autoRemindedFor;

  @ElementCollection
  @CollectionTable(name = "review_phase", joinColumns = @JoinColumn(name = "event_id"))
  private List<PhaseEntry> phases = new ArrayList<>();

  protected ReviewSetup() {}

  public ReviewSetup(Long eventId) {
    this.eventId = eventId;
    this.reviewsPerSubmission = DEFAULT_REVIEWS;
    this.minLoad = 0;
    this.maxLoad = DEFAULT_MAX_LOAD;
    for (PhaseKind kind : PhaseKind.values()) {
      phases.add(new PhaseEntry(kind, null, false, PhaseRules.defaultsFor(kind)));
    }
  }

  /** Changes the numbers; the caller has checked them. */
  public void changeLoads(int reviews, int min, int max) {
    this.reviewsPerSubmission = reviews;
    this.minLoad = min;
    this.maxLoad = max;
  }

  public void switchTo(PhaseKind kind, Instant at) {
    this.manualPhase = kind;
    this.manualPhaseAt = at;
  }

  /** Replaces the phases' dates, skips and rules. */
  public void replacePhases(List<PhaseEntry> entries) {
    phases.clear();
    phases.addAll(entries);
  }

  /** Records a reminder to the late reviewers. */
  public void reminded(Instant at) {
    this.remindedAt = at;
  }

  public void remindDaysBefore(int days) {
    this.remindDaysBefore = days;
  }

  public int remindDaysBefore() {
    return remindDaysBefore;
  }

  /** The automatic reminder went out for reviews due at {@code dueAt}. */
  public void autoReminded(Instant dueAt) {
    this.autoRemindedFor = dueAt;
  }

  public Optional<Instant> autoRemindedFor() {
    return Optional.ofNullable(autoRemindedFor);
  }

  /** When reviews are due: the end of the reviewing phase, if scheduled. */
  public Optional<Instant> reviewsDueAt() {
    return org.colloquium.reviews.domain.phase.ReviewDeadline.dueAt(
        phases.stream()
            .map(
                p ->
                    new org.colloquium.reviews.domain.phase.ReviewDeadline.Phase(
                        p.kind(), p.startsAt(), p.skipped()))
            .toList());
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public Long eventId() {
    return eventId;
  }

  public int version() {
    return version;
  }

  public int reviewsPerSubmission() {
    return reviewsPerSubmission;
  }

  public int minLoad() {
    return minLoad;
  }

  public int maxLoad() {
    return maxLoad;
  }

  public Optional<PhaseKind> manualPhase() {
    return Optional.ofNullable(manualPhase);
  }

  public Optional<Instant> manualPhaseAt() {
    return Optional.ofNullable(manualPhaseAt);
  }

  /** The phases in their order. */
  public List<PhaseEntry> phases() {
    return phases.stream().sorted(Comparator.comparing(PhaseEntry::kind)).toList();
  }

  public PhaseEntry phase(PhaseKind kind) {
    return phases.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }
}
