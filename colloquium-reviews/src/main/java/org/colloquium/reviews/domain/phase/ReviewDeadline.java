package org.colloquium.reviews.domain.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PhaseKind;

/**
 * When reviews are due, and when the automatic reminder to late reviewers goes out. Reviews are due
 * when the reviewing phase ends: at the start of the first later phase that is scheduled and not
 * skipped.
 */
public final class ReviewDeadline {

  private ReviewDeadline() {}

  /** A phase as the rule needs it. */
  public record Phase(PhaseKind kind, Instant startsAt, boolean skipped) {}

  public static Optional<Instant> dueAt(List<Phase> phases) {
    return phases.stream()
        .filter(p -> p.kind().ordinal() > PhaseKind.REVIEWING.ordinal())
        .filter(p -> !p.skipped() && p.startsAt() != null)
        .sorted(java.util.Comparator.comparing(p -> p.kind().ordinal()))
        .map(Phase::startsAt)
        .findFirst();
  }

  /**
   * Whether the automatic reminder is due now: reminders are on, reviews have a due time, it is
   * less than {@code daysBefore} days away and not passed, and none was sent for this due time (a
   * due time moved later gets a reminder of its own).
   */
  public static boolean remindNow(
      Optional<Instant> dueAt, int daysBefore, Optional<Instant> sentFor, Instant now) {
    if (daysBefore <= 0 || dueAt.isEmpty()) {
      return false;
    }
    Instant due = dueAt.get();
    return !now.isBefore(due.minus(Duration.ofDays(daysBefore)))
        && now.isBefore(due)
        && !sentFor.filter(due::equals).isPresent();
  }
}
