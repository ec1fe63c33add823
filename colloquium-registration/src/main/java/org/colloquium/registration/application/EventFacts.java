package org.colloquium.registration.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.ParticipationMode;

/**
 * What registration needs of an event: which it is, when, where, and how one attends.
 *
 * @param streamUrl the event's own stream or meeting link, for confirmed online registrants only
 */
record EventFacts(
    Long id,
    String slug,
    String title,
    Instant start,
    Instant end,
    ZoneId zone,
    String venue,
    AttendanceMode attendance,
    Language language,
    String streamUrl) {

  static EventFacts of(EventRecord record, EventDetails details) {
    var summary = details.summary();
    String venue = join(summary.venueName(), details.venueAddress());
    return new EventFacts(
        record.id(),
        summary.slug(),
        summary.title(),
        summary.start(),
        summary.end(),
        summary.zone(),
        venue,
        summary.attendance(),
        record.contentLanguage() == null ? Language.fallback() : record.contentLanguage(),
        details.showsStream() ? details.streamUrl() : null);
  }

  List<ParticipationMode> modes() {
    return ParticipationMode.offeredBy(attendance);
  }

  private static String join(String name, String address) {
    if (name == null || name.isBlank()) {
      return address;
    }
    return address == null || address.isBlank() ? name : name + ", " + address;
  }
}
