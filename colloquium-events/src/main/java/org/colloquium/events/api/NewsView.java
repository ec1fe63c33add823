package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/**
 * A public news item in the language the visitor asked for, or its primary language. {@code
 * bodyHtml} is sanitised and may be output unescaped; {@code excerpt} is plain text for lists and
 * sharing tags. Event fields are null for site-wide news.
 */
public record NewsView(
    String slug,
    String path,
    String eventSlug,
    String eventTitle,
    Language eventLanguage,
    String title,
    String bodyHtml,
    String excerpt,
    Language language,
    Instant publishedAt,
    Instant updatedAt,
    ZoneId zone)
    implements Serializable {

  public boolean siteWide() {
    return eventSlug == null;
  }
}
