package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/** One line of "My submissions". {@code acceptsUntil} is null when the event has no call. */
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
    ReadOnlyReason readOnlyReason)
    implements Serializable {

  public boolean editable() {
    return readOnlyReason == null;
  }
}
