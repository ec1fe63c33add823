package org.colloquium.events.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Everything the public event page shows. {@code descriptionHtml} is already sanitised; the page
 * may output it unescaped.
 */
public record EventDetails(
    EventSummary summary,
    String descriptionHtml,
    String venueAddress,
    InstitutionView organiser,
    List<InstitutionView> partners,
    CallSummary call)
    implements Serializable {

  public Optional<CallSummary> callForPapers() {
    return Optional.ofNullable(call);
  }
}
