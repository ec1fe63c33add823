package org.colloquium.events.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.colloquium.kernel.i18n.Language;

/**
 * What an organiser typed into the event form. Dates are wall-clock times in {@code timeZone}. The
 * {@code other…} texts are the translation into the language that is not {@code contentLanguage}.
 * Field names are the form's input ids, which problems refer to.
 */
public record EventInput(
    String title,
    String subtitle,
    String description,
    String slug,
    String series,
    Integer edition,
    LocalDateTime start,
    LocalDateTime end,
    String timeZone,
    String venueName,
    String venueAddress,
    String venueMapUrl,
    AttendanceMode attendance,
    String streamUrl,
    String contactEmail,
    Language contentLanguage,
    String otherTitle,
    String otherSubtitle,
    String otherDescription,
    String organiserName,
    String organiserUrl)
    implements Serializable {

  /** The few fields needed to start an event; the rest is filled in on its edit page. */
  public static EventInput start(
      String title,
      String slug,
      LocalDateTime start,
      LocalDateTime end,
      String timeZone,
      AttendanceMode attendance,
      Language contentLanguage) {
    return new EventInput(
        title,
        null,
        null,
        slug,
        null,
        null,
        start,
        end,
        timeZone,
        null,
        null,
        null,
        attendance,
        null,
        null,
        contentLanguage,
        null,
        null,
        null,
        null,
        null);
  }

  /** The language of the {@code other…} texts. */
  public Language otherLanguage() {
    Language primary = contentLanguage == null ? Language.fallback() : contentLanguage;
    return primary == Language.EN ? Language.RO : Language.EN;
  }
}
