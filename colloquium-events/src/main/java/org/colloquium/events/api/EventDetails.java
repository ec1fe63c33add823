package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.i18n.Language;

/**
 * Everything the public event page shows. {@code descriptionHtml} is already sanitised; the page
 * may output it unescaped. {@code descriptionLanguage} may differ from the title's language when
 * only the title was translated. {@code shareText} is plain text for description and Open Graph
 * tags. Links are http(s) or null.
 */
public record EventDetails(
    EventSummary summary,
    String descriptionHtml,
    String venueAddress,
    InstitutionView organiser,
    List<InstitutionView> partners,
    CallSummary call,
    Language descriptionLanguage,
    String venueMapUrl,
    String streamUrl,
    String contactEmail,
    String shareText)
    implements Serializable {

  public Optional<CallSummary> callForPapers() {
    return Optional.ofNullable(call);
  }

  /** The stream link matters only when people may attend online. */
  public boolean showsStream() {
    return streamUrl != null && summary.attendance().online();
  }
}
