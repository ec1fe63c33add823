package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.i18n.Language;

/**
 * One page of public news, of the whole site (event fields null) or of one event. Pages count from
 * 1.
 */
public record NewsListing(
    String eventSlug,
    String eventTitle,
    Language eventLanguage,
    List<NewsView> items,
    int page,
    boolean hasNext)
    implements Serializable {

  public boolean hasPrevious() {
    return page > 1;
  }
}
