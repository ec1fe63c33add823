package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/**
 * Everything public about a call for papers: the public call page, the submit page and the JSON API
 * use it. Dates are instants; {@code zone} is the event's zone, in which pages show them. {@code
 * acceptsUntil} is the deadline plus the grace period; the published deadline is {@code
 * abstractDeadline}. Optional dates are null.
 */
public record CallDetails(
    String eventSlug,
    String eventTitle,
    Language eventLanguage,
    ZoneId zone,
    Instant eventStart,
    Instant opensAt,
    Instant abstractDeadline,
    Instant fullPaperDeadline,
    Instant notificationAt,
    Instant cameraReadyAt,
    int graceMinutes,
    Instant acceptsUntil,
    String eligibility,
    int wordLimit,
    int minKeywords,
    int maxKeywords,
    boolean trackRequired,
    boolean typeRequired,
    PdfPolicy pdfPolicy,
    int maxFileMb,
    Integer maxPages,
    ReviewMode reviewMode,
    CallState state)
    implements Serializable {

  public boolean open() {
    return state == CallState.OPEN;
  }

  public boolean keywordsRequired() {
    return minKeywords > 0;
  }
}
