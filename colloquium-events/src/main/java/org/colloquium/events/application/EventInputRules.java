package org.colloquium.events.application;

import java.util.List;
import java.util.Set;
import org.colloquium.events.api.EventInput;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.WebLink;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.validation.Problem;

/**
 * Checks an {@link EventInput} field by field, so a form can show every message at once next to its
 * field. Uniqueness of the slug needs the database and is checked by the service.
 */
public final class EventInputRules {

  /** Words the management area uses as addresses of its own ({@code /manage/events/new}). */
  static final Set<String> RESERVED_SLUGS = Set.of("new");

  private EventInputRules() {}

  /** The schedule, or null when a date problem was added. */
  public static EventSchedule check(EventInput in, List<Problem> problems) {
    if (!present(in.title())) {
      problems.add(Problem.of("title", "event.title.required"));
    }
    tooLong(in.title(), "title", 400, problems);
    tooLong(in.subtitle(), "subtitle", 400, problems);
    tooLong(in.series(), "series", 300, problems);
    tooLong(in.venueName(), "venueName", 300, problems);
    tooLong(in.venueAddress(), "venueAddress", 500, problems);
    tooLong(in.organiserName(), "organiserName", 300, problems);
    tooLong(in.otherTitle(), "otherTitle", 400, problems);
    tooLong(in.otherSubtitle(), "otherSubtitle", 400, problems);
    tooLong(in.description(), "description", 100000, problems);
    tooLong(in.otherDescription(), "otherDescription", 100000, problems);
    checkSlug(in.slug(), "slug", problems);
    if (in.edition() != null && in.edition() < 1) {
      problems.add(Problem.of("edition", "event.edition.positive"));
    }
    link(in.venueMapUrl(), "venueMapUrl", problems);
    link(in.streamUrl(), "streamUrl", problems);
    link(in.organiserUrl(), "organiserUrl", problems);
    if (present(in.organiserUrl()) && !present(in.organiserName())) {
      problems.add(Problem.of("organiserName", "event.organiserName.required"));
    }
    if (present(in.contactEmail()) && EmailAddress.parse(in.contactEmail()).isEmpty()) {
      problems.add(Problem.of("contactEmail", "event.contactEmail.invalid"));
    }
    if (in.attendance() == null) {
      problems.add(Problem.of("attendance", "event.attendance.required"));
    }
    if (in.contentLanguage() == null) {
      problems.add(Problem.of("contentLanguage", "event.contentLanguage.required"));
    }
    if (!present(in.otherTitle())
        && (present(in.otherSubtitle()) || present(in.otherDescription()))) {
      problems.add(Problem.of("otherTitle", "event.otherTitle.required"));
    }
    return EventSchedule.fromLocal(in.start(), in.end(), in.timeZone(), problems);
  }

  /** Shape of a slug, reported against {@code field}. */
  public static void checkSlug(String slug, String field, List<Problem> problems) {
    if (!present(slug)) {
      problems.add(Problem.of(field, "event.slug.required"));
    } else if (!Slug.isValid(slug.strip())) {
      problems.add(Problem.of(field, "event.slug.invalid"));
    } else if (RESERVED_SLUGS.contains(slug.strip())) {
      problems.add(Problem.of(field, "event.slug.reserved", slug.strip()));
    }
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static void tooLong(String value, String field, int max, List<Problem> problems) {
    if (value != null && value.strip().length() > max) {
      problems.add(Problem.of(field, "event.field.tooLong", max));
    }
  }

  private static void link(String value, String field, List<Problem> problems) {
    if (present(value) && !WebLink.isValid(value)) {
      problems.add(Problem.of(field, "event.link.invalid"));
    }
  }
}
