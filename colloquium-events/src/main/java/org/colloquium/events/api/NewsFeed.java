package org.colloquium.events.api;

import java.time.Instant;
import java.util.List;
import org.colloquium.kernel.i18n.Language;

/**
 * What an Atom feed carries: the event (null for the site's feed), when anything in it last
 * changed, and its entries, the latest first. Paths are relative to the site; the feed writer makes
 * them absolute.
 */
public record NewsFeed(
    String eventSlug,
    String eventTitle,
    Language eventLanguage,
    Instant updated,
    List<Entry> entries) {

  /** One item: {@code html} is sanitised; {@code id} is a permanent tag URI. */
  public record Entry(
      String id,
      String path,
      String title,
      String html,
      Language language,
      Instant published,
      Instant updated) {}
}
