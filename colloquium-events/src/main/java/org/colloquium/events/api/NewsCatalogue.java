package org.colloquium.events.api;

import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.i18n.Language;

/**
 * What the public may read of the news: items whose publication time has come, site-wide or of a
 * public event. Drafts, scheduled items and the news of draft events do not exist for visitors.
 */
public interface NewsCatalogue {
  /** The latest {@code count} public items of the site and of every public event. */
  List<NewsView> latest(int count, Language language);

  /** Page {@code page} (from 1) of all public news. */
  NewsListing all(int page, Language language);

  /** Page {@code page} of an event's public news; empty for an unknown or draft event. */
  Optional<NewsListing> ofEvent(String eventSlug, int page, Language language);

  /** A public site-wide item. */
  Optional<NewsView> siteItem(String itemSlug, Language language);

  /** A public item of a public event. */
  Optional<NewsView> eventItem(String eventSlug, String itemSlug, Language language);

  /** The site's feed: every public item, site-wide and of public events. */
  NewsFeed siteFeed();

  /** An event's feed; empty for an unknown or draft event. */
  Optional<NewsFeed> eventFeed(String eventSlug);
}
