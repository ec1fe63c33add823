package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.colloquium.kernel.validation.Problem;

/**
 * The dates of a call for papers, in order: it opens, abstracts are due, full papers may be due,
 * authors are notified, camera-ready versions are due. Only the opening and the abstract deadline
 * are required. A grace period (0 to 1440 minutes) keeps the call accepting submissions after the
 * published deadline, which itself stays as announced.
 */
public record CallDates(
    Instant opensAt,
    Instant abstractDeadline,
    Instant fullPaperDeadline,
    Instant notificationAt,
    Instant cameraReadyAt,
    int graceMinutes)
    implements Serializable {

  public static final int MAX_GRACE_MINUTES = 1440;

  public CallDates {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(abstractDeadline, "abstractDeadline");
    List<Problem> problems = new ArrayList<>();
    checkOrder(
        opensAt,
        abstractDeadline,
        fullPaperDeadline,
        notificationAt,
        cameraReadyAt,
        graceMinutes,
        problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.toString());
    }
  }

  /**
   * Builds the dates from the wall-clock times an organiser types in the event's zone, like {@link
   * EventSchedule#fromLocal}: a time in the gap of a night the clocks go forward moves forward by
   * the gap, one that exists twice takes the earlier offset. Checks the order, and that
   * notification (and every deadline) comes before the event starts. Returns null and adds the
   * problems, each on its field, when something is wrong.
   */
  public static CallDates fromLocal(
      LocalDateTime opens,
      LocalDateTime abstractDeadline,
      LocalDateTime fullPaperDeadline,
      LocalDateTime notification,
      LocalDateTime cameraReady,
      Integer graceMinutes,
      EventSchedule event,
      List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    if (opens == null) {
      found.add(Problem.of("opensAt", "call.opensAt.required"));
    }
    if (abstractDeadline == null) {
      found.add(Problem.of("abstractDeadline", "call.abstractDeadline.required"));
    }
    int grace = graceMinutes == null ? 0 : graceMinutes;
    ZoneId zone = event.zone();
    Instant o = at(opens, zone);
    Instant a = at(abstractDeadline, zone);
    Instant f = at(fullPaperDeadline, zone);
    Instant n = at(notification, zone);
    Instant c = at(cameraReady, zone);
    if (found.isEmpty()) {
      checkOrder(o, a, f, n, c, grace, found);
    } else if (grace < 0 || grace > MAX_GRACE_MINUTES) {
      found.add(Problem.of("graceMinutes", "call.graceMinutes.range", MAX_GRACE_MINUTES));
    }
    Instant start = event.start();
    if (a != null && !a.isBefore(start)) {
      found.add(Problem.of("abstractDeadline", "call.date.notBeforeEvent"));
    }
    if (f != null && !f.isBefore(start)) {
      found.add(Problem.of("fullPaperDeadline", "call.date.notBeforeEvent"));
    }
    if (n != null && !n.isBefore(start)) {
      found.add(Problem.of("notificationAt", "call.date.notBeforeEvent"));
    }
    if (found.isEmpty()) {
      return new CallDates(o, a, f, n, c, grace);
    }
    problems.addAll(dropRepeats(found));
    return null;
  }

  private static Instant at(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  /** One message per field is enough: the first found says what is wrong. */
  private static List<Problem> dropRepeats(List<Problem> problems) {
    List<Problem> kept = new ArrayList<>();
    for (Problem p : problems) {
      if (kept.stream().noneMatch(k -> k.field().equals(p.field()))) {
        kept.add(p);
      }
    }
    return kept;
  }

  private static void checkOrder(
      Instant opens,
      Instant abstractDeadline,
      Instant fullPaperDeadline,
      Instant notification,
      Instant cameraReady,
      int graceMinutes,
      List<Problem> problems) {
    if (!abstractDeadline.isAfter(opens)) {
      problems.add(Problem.of("abstractDeadline", "call.abstractDeadline.notAfterOpening"));
    }
    if (fullPaperDeadline != null && fullPaperDeadline.isBefore(abstractDeadline)) {
      problems.add(Problem.of("fullPaperDeadline", "call.fullPaperDeadline.beforeAbstract"));
    }
    Instant lastDeadline = fullPaperDeadline == null ? abstractDeadline : fullPaperDeadline;
    if (notification != null && !notification.isAfter(lastDeadline)) {
      problems.add(Problem.of("notificationAt", "call.notification.notAfterDeadlines"));
    }
    if (cameraReady != null) {
      if (notification != null && cameraReady.isBefore(notification)) {
        problems.add(Problem.of("cameraReadyAt", "call.cameraReady.beforeNotification"));
      } else if (notification == null && cameraReady.isBefore(lastDeadline)) {
        problems.add(Problem.of("cameraReadyAt", "call.cameraReady.beforeDeadlines"));
      }
    }
    if (graceMinutes < 0 || graceMinutes > MAX_GRACE_MINUTES) {
      problems.add(Problem.of("graceMinutes", "call.graceMinutes.range", MAX_GRACE_MINUTES));
    }
  }

  /** The last moment a submission is accepted (exclusive): the deadline plus the grace period. */
  public Instant acceptsUntil() {
    return abstractDeadline.plus(Duration.ofMinutes(graceMinutes));
  }

  /**
   * The end (exclusive) of the window in which accepted submissions' final versions are changed:
   * the camera-ready date plus the grace period, or, when the call sets none, the event's start.
   */
  public Instant finalVersionsUntil(Instant eventStart) {
    return cameraReadyAt == null
        ? eventStart
        : cameraReadyAt.plus(Duration.ofMinutes(graceMinutes));
  }

  /**
   * When accepted submissions' final versions are due, as pages and mails announce it: the
   * camera-ready date (its grace period is not announced, like the abstract deadline's), or the
   * event's start.
   */
  public Instant finalVersionsDue(Instant eventStart) {
    return cameraReadyAt == null ? eventStart : cameraReadyAt;
  }

  /** Open from the opening (inclusive) until the deadline plus grace (exclusive). */
  public boolean isOpen(Instant now) {
    return !now.isBefore(opensAt) && now.isBefore(acceptsUntil());
  }

  /**
   * The first of this call's moments strictly after {@code now}: when it opens, its deadlines, the
   * end of the grace period, the notification. Public pages that show the call change then.
   */
  public Optional<Instant> nextMomentAfter(Instant now) {
    return Stream.of(
            opensAt,
            abstractDeadline,
            acceptsUntil(),
            fullPaperDeadline,
            notificationAt,
            cameraReadyAt)
        .filter(Objects::nonNull)
        .filter(moment -> moment.isAfter(now))
        .min(Instant::compareTo);
  }

  public boolean hasOpened(Instant now) {
    return !now.isBefore(opensAt);
  }

  /**
   * The dates of a later edition: each one keeps its wall-clock time, moved by {@code wallShift}
   * (the distance between the two editions' local start times) and read in the new edition's zone,
   * so "23:59 Bucharest time" stays 23:59 even when the two dates fall on different sides of a
   * clock change.
   */
  public CallDates movedBy(Duration wallShift, ZoneId from, ZoneId to) {
    return new CallDates(
        move(opensAt, wallShift, from, to),
        move(abstractDeadline, wallShift, from, to),
        move(fullPaperDeadline, wallShift, from, to),
        move(notificationAt, wallShift, from, to),
        move(cameraReadyAt, wallShift, from, to),
        graceMinutes);
  }

  private static Instant move(Instant instant, Duration shift, ZoneId from, ZoneId to) {
    return instant == null
        ? null
        : instant.atZone(from).toLocalDateTime().plus(shift).atZone(to).toInstant();
  }
}
