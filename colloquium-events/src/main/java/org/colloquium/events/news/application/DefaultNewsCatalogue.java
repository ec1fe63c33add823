package org.colloquium.events.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.NewsCatalogue;
import org.colloquium.events.api.NewsFeed;
import org.colloquium.events.api.NewsListing;
import org.colloquium.events.api.NewsView;
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.Event;
import org.colloquium.events.news.domain.NewsItem;
import org.colloquium.events.news.domain.NewsRepository;
import org.colloquium.events.news.domain.NewsRepository.ItemWithEvent;
import org.colloquium.events.news.domain.NewsText;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.text.Markdown;

/** The module's implementation of {@link NewsCatalogue}. */
@ApplicationScoped
@Transactional
public class DefaultNewsCatalogue implements NewsCatalogue {

  public static final int PAGE_SIZE = 10;
  static final int FEED_SIZE = 30;
  static final int EXCERPT_LENGTH = 200;

  @Inject NewsRepository news;
  @Inject EventAccess access;
  @Inject Settings settings;
  @Inject Clock clock;

  @Override
  public List<NewsView> latest(int count, Language language) {
    return news.publicItems(clock.instant(), 0, count).stream()
        .map(row -> view(row.item(), row.event(), language))
        .toList();
  }

  @Override
  public NewsListing all(int page, Language language) {
    int p = Math.max(1, page);
    List<ItemWithEvent> rows =
        news.publicItems(clock.instant(), (p - 1) * PAGE_SIZE, PAGE_SIZE + 1);
    return new NewsListing(
        null,
        null,
        null,
        rows.stream().limit(PAGE_SIZE).map(r -> view(r.item(), r.event(), language)).toList(),
        p,
        rows.size() > PAGE_SIZE);
  }

  @Override
  public Optional<NewsListing> ofEvent(String eventSlug, int page, Language language) {
    int p = Math.max(1, page);
    return publicEvent(eventSlug)
        .map(
            event -> {
              List<NewsItem> items =
                  news.publicItemsOf(
                      event.id(), clock.instant(), (p - 1) * PAGE_SIZE, PAGE_SIZE + 1);
              return new NewsListing(
                  event.slug().value(),
                  event.title(),
                  event.contentLanguage(),
                  items.stream().limit(PAGE_SIZE).map(n -> view(n, event, language)).toList(),
                  p,
                  items.size() > PAGE_SIZE);
            });
  }

  @Override
  public Optional<NewsView> siteItem(String itemSlug, Language language) {
    Instant now = clock.instant();
    return news.find(null, itemSlug)
        .filter(n -> n.isPublicAt(now))
        .map(n -> view(n, null, language));
  }

  @Override
  public Optional<NewsView> eventItem(String eventSlug, String itemSlug, Language language) {
    Instant now = clock.instant();
    return publicEvent(eventSlug)
        .flatMap(
            event ->
                news.find(event.id(), itemSlug)
                    .filter(n -> n.isPublicAt(now))
                    .map(n -> view(n, event, language)));
  }

  @Override
  public NewsFeed siteFeed() {
    List<NewsFeed.Entry> entries =
        news.publicItems(clock.instant(), 0, FEED_SIZE).stream()
            .map(r -> entry(r.item(), r.event()))
            .toList();
    return new NewsFeed(null, null, null, updated(entries), entries);
  }

  @Override
  public Optional<NewsFeed> eventFeed(String eventSlug) {
    return publicEvent(eventSlug)
        .map(
            event -> {
              List<NewsFeed.Entry> entries =
                  news.publicItemsOf(event.id(), clock.instant(), 0, FEED_SIZE).stream()
                      .map(n -> entry(n, event))
                      .toList();
              return new NewsFeed(
                  event.slug().value(),
                  event.title(),
                  event.contentLanguage(),
                  updated(entries),
                  entries);
            });
  }

  /** News follow the public's view of the event: a draft event's news are not found. */
  private Optional<Event> publicEvent(String eventSlug) {
    return access.visible(eventSlug, null);
  }

  private Instant updated(List<NewsFeed.Entry> entries) {
    return entries.stream()
        .map(NewsFeed.Entry::updated)
        .max(Comparator.naturalOrder())
        // An empty feed has changed as far as a reader can tell: it is new to them.
        .orElseGet(() -> clock.instant());
  }

  private NewsView view(NewsItem item, Event event, Language wanted) {
    var text = item.textFor(wanted);
    NewsText t = text.getValue();
    Instant published = item.publishAt().orElseThrow();
    return new NewsView(
        item.slug().value(),
        path(item, event),
        event == null ? null : event.slug().value(),
        event == null ? null : event.title(),
        event == null ? null : event.contentLanguage(),
        t.title(),
        Markdown.toSafeHtml(t.body()),
        excerpt(t.body()),
        text.getKey(),
        published,
        latest(item.updatedAt(), published),
        event == null ? settings.timeZone() : event.schedule().zone());
  }

  private NewsFeed.Entry entry(NewsItem item, Event event) {
    var text = item.textFor(item.primaryLanguage());
    Instant published = item.publishAt().orElseThrow();
    return new NewsFeed.Entry(
        tag(item),
        path(item, event),
        text.getValue().title(),
        Markdown.toSafeHtml(text.getValue().body()),
        text.getKey(),
        published,
        latest(item.updatedAt(), published));
  }

  /**
   * A permanent id (RFC 4151): the site's host and the day the item was written, which do not
   * change when the item is edited or its address changes.
   */
  private String tag(NewsItem item) {
    String host = URI.create(settings.baseUrl()).getHost();
    return "tag:"
        + (host == null ? "localhost" : host)
        + ","
        + item.createdAt().atOffset(ZoneOffset.UTC).toLocalDate()
        + ":news/"
        + item.id();
  }

  static String path(NewsItem item, Event event) {
    return event == null
        ? "/news/" + item.slug().value()
        : "/events/" + event.slug().value() + "/news/" + item.slug().value();
  }

  /** Updated is never before published: a scheduled item was last edited before it appeared. */
  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Plain text for lists and sharing tags: Markdown's marks dropped, links reduced to their text.
   */
  static String excerpt(String markdown) {
    if (markdown == null) {
      return "";
    }
    String plain =
        markdown
            .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
            .replaceAll("<[^>]*>", "")
            .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "")
            .replaceAll("[*_`~]", "")
            .replaceAll("\\s+", " ")
            .strip();
    if (plain.length() <= EXCERPT_LENGTH) {
      return plain;
    }
    String cut = plain.substring(0, EXCERPT_LENGTH);
    int space = cut.lastIndexOf(' ');
    return (space > EXCERPT_LENGTH / 2 ? cut.substring(0, space) : cut) + "…";
  }
}
