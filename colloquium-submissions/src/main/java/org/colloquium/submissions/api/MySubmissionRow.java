package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/**
 * One line of "My submissions". {@code acceptsUntil} is null when the event has no call; for an
 * accepted submission ({@code finalVersion}) it is when the final version is due.
 */
public record MySubmissionRow(
    Long id,
    int number,
    String eventSlug,
    String eventTitle,
    Language eventLanguage,
    String title,
    SubmissionState state,
    SubmissionRole role,
    Instant updatedAt,
    Instant submittedAt,
    Instant acceptsUntil,
    ZoneId zone,
    ReadOnlyReason readOnlyReason,
    boolean finalVersion)
    implements Serializable {

  public boolean editable() {
    return readOnlyReason == null;
  }
}
