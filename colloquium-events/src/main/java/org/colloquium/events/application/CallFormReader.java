package org.colloquium.events.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.CallForm;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.kernel.time.WallClockText;
import org.colloquium.kernel.validation.Problem;

/**
 * Reads the organiser's form into the domain's values and back. A date is a wall-clock time in the
 * event's zone as a {@code datetime-local} input sends it ({@code 2027-01-11T23:59}); a space
 * instead of the T is accepted too, for people typing without a date picker.
 */
final class CallFormReader {

  static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private CallFormReader() {}

  static CallDates dates(CallForm form, EventSchedule event, List<Problem> problems) {
    int before = problems.size();
    LocalDateTime opens = dateTime(form.opensAt(), "opensAt", problems);
    LocalDateTime deadline = dateTime(form.abstractDeadline(), "abstractDeadline", problems);
    LocalDateTime fullPaper = dateTime(form.fullPaperDeadline(), "fullPaperDeadline", problems);
    LocalDateTime notification = dateTime(form.notificationAt(), "notificationAt", problems);
    LocalDateTime cameraReady = dateTime(form.cameraReadyAt(), "cameraReadyAt", problems);
    Integer grace = number(form.graceMinutes(), "graceMinutes", problems);
    if (problems.size() > before) {
      // Still say which required dates are missing, so one round trip shows everything.
      if (isBlank(form.opensAt())) {
        problems.add(Problem.of("opensAt", "call.opensAt.required"));
      }
      if (isBlank(form.abstractDeadline())) {
        problems.add(Problem.of("abstractDeadline", "call.abstractDeadline.required"));
      }
      return null;
    }
    return CallDates.fromLocal(
        opens, deadline, fullPaper, notification, cameraReady, grace, event, problems);
  }

  static AbstractRules rules(CallForm form, List<Problem> problems) {
    int before = problems.size();
    Integer words = number(form.wordLimit(), "wordLimit", problems);
    Integer minKeywords = number(form.minKeywords(), "minKeywords", problems);
    Integer maxKeywords = number(form.maxKeywords(), "maxKeywords", problems);
    Integer fileMb = number(form.maxFileMb(), "maxFileMb", problems);
    Integer pages = number(form.maxPages(), "maxPages", problems);
    if (problems.size() > before) {
      return null;
    }
    return AbstractRules.of(
        words,
        minKeywords,
        maxKeywords,
        form.trackRequired(),
        form.typeRequired(),
        form.pdfPolicy(),
        fileMb,
        pages,
        problems);
  }

  /** Null for an empty field; a problem on the field for anything that is not a date and time. */
  static LocalDateTime dateTime(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return WallClockText.parse(text)
        .orElseGet(
            () -> {
              problems.add(Problem.of(field, "call.date.invalid"));
              return null;
            });
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  static Integer number(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(Problem.of(field, "call.number.invalid"));
      return null;
    }
  }

  static CallForm form(CallForPapers call, ZoneId zone) {
    var d = call.dates();
    var r = call.rules();
    return new CallForm(
        local(d.opensAt(), zone),
        local(d.abstractDeadline(), zone),
        local(d.fullPaperDeadline(), zone),
        local(d.notificationAt(), zone),
        local(d.cameraReadyAt(), zone),
        Integer.toString(d.graceMinutes()),
        call.eligibility(),
        Integer.toString(r.wordLimit()),
        Integer.toString(r.minKeywords()),
        Integer.toString(r.maxKeywords()),
        r.trackRequired(),
        r.typeRequired(),
        r.pdfPolicy(),
        Integer.toString(r.maxFileMb()),
        r.maxPages() == null ? null : Integer.toString(r.maxPages()),
        call.reviewMode(),
        call.version());
  }

  /** A new call: no dates yet, the default rules. */
  static CallForm blank() {
    var r = AbstractRules.DEFAULT;
    return new CallForm(
        null,
        null,
        null,
        null,
        null,
        "0",
        null,
        Integer.toString(r.wordLimit()),
        Integer.toString(r.minKeywords()),
        Integer.toString(r.maxKeywords()),
        r.trackRequired(),
        r.typeRequired(),
        r.pdfPolicy(),
        Integer.toString(r.maxFileMb()),
        null,
        org.colloquium.events.api.ReviewMode.DOUBLE_BLIND,
        null);
  }

  private static String local(java.time.Instant instant, ZoneId zone) {
    return instant == null ? null : INPUT.format(instant.atZone(zone));
  }
}
