package org.colloquium.events.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.NewsDraft;
import org.colloquium.events.api.NewsEdit;
import org.colloquium.events.api.NewsManagement;
import org.colloquium.events.api.NewsRow;
import org.colloquium.events.api.Slug;
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.Event;
import org.colloquium.events.news.domain.NewsItem;
import org.colloquium.events.news.domain.NewsRepository;
import org.colloquium.events.news.domain.NewsSlugs;
import org.colloquium.events.news.domain.NewsText;
import org.colloquium.events.news.domain.PublicationTime;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link NewsManagement}. */
@ApplicationScoped
@Transactional
public class DefaultNewsManagement implements NewsManagement {

  @Inject NewsRepository news;
  @Inject EventAccess access;
  @Inject Settings settings;
  @Inject Clock clock;

  /** The event (null for the site) and the zone publication times are typed in. */
  private record Scope(Long eventId, ZoneId zone) {}

  private Scope scope(Long actorId, String eventSlug) {
    if (eventSlug == null) {
      if (!access.isAdministrator(actorId)) {
        throw new AccessDeniedException("site news are for administrators");
      }
      return new Scope(null, settings.timeZone());
    }
    Event event = access.manageable(actorId, eventSlug);
    return new Scope(event.id(), event.schedule().zone());
  }

  @Override
  public ZoneId zone(Long actorId, String eventSlug) {
    return scope(actorId, eventSlug).zone();
  }

  @Override
  public List<NewsRow> list(Long actorId, String eventSlug) {
    Scope scope = scope(actorId, eventSlug);
    Instant now = clock.instant();
    return news.inScope(scope.eventId()).stream().map(n -> row(n, scope.zone(), now)).toList();
  }

  @Override
  public NewsEdit edit(Long actorId, String eventSlug, String itemSlug) {
    Scope scope = scope(actorId, eventSlug);
    NewsItem item = item(scope, itemSlug);
    return new NewsEdit(
        item.slug().value(),
        item.version(),
        item.stateAt(clock.instant()),
        new NewsDraft(
            item.slug().value(),
            item.primaryLanguage(),
            item.text(Language.EN).map(NewsText::title).orElse(null),
            item.text(Language.EN).map(NewsText::body).orElse(null),
            item.text(Language.RO).map(NewsText::title).orElse(null),
            item.text(Language.RO).map(NewsText::body).orElse(null),
            PublicationTime.format(item.publishAt().orElse(null), scope.zone())),
        scope.zone());
  }

  @Override
  public NewsRow create(Long actorId, String eventSlug, NewsDraft draft) {
    Scope scope = scope(actorId, eventSlug);
    List<Problem> problems = new ArrayList<>();
    Checked checked = check(draft, scope.zone(), problems);
    Slug slug = null;
    if (draft.slug() != null && !draft.slug().isBlank()) {
      String wanted = draft.slug().strip();
      if (!Slug.isValid(wanted)) {
        problems.add(Problem.of("newSlug", "news.slug.invalid"));
      } else if (news.slugTaken(scope.eventId(), wanted)) {
        problems.add(Problem.of("newSlug", "news.slug.taken", wanted));
      } else {
        slug = new Slug(wanted);
      }
    }
    ValidationException.throwIfAny(problems);
    if (slug == null) {
      slug =
          NewsSlugs.unique(
              NewsSlugs.fromTitle(checked.text().title()), s -> news.slugTaken(scope.eventId(), s));
    }
    Instant now = clock.instant();
    NewsItem item =
        new NewsItem(scope.eventId(), slug, checked.primary(), checked.text(), actorId, now);
    item.rewrite(checked.primary(), checked.text(), checked.translation(), now);
    checked.publishAt().ifPresent(at -> item.publishAt(at, now));
    news.add(item);
    return row(item, scope.zone(), now);
  }

  @Override
  public NewsRow update(
      Long actorId, String eventSlug, String itemSlug, int version, NewsDraft draft) {
    Scope scope = scope(actorId, eventSlug);
    NewsItem item = item(scope, itemSlug);
    List<Problem> problems = new ArrayList<>();
    Checked checked = check(draft, scope.zone(), problems);
    if (item.version() != version) {
      problems.add(0, Problem.global("news.conflict"));
    }
    ValidationException.throwIfAny(problems);
    Instant now = clock.instant();
    item.rewrite(checked.primary(), checked.text(), checked.translation(), now);
    checked.publishAt().ifPresentOrElse(at -> item.publishAt(at, now), () -> item.unpublish(now));
    flushOrConflict();
    return row(item, scope.zone(), now);
  }

  @Override
  public NewsRow publishNow(Long actorId, String eventSlug, String itemSlug) {
    Scope scope = scope(actorId, eventSlug);
    NewsItem item = item(scope, itemSlug);
    Instant now = clock.instant();
    item.publishAt(now, now);
    flushOrConflict();
    return row(item, scope.zone(), now);
  }

  @Override
  public NewsRow unpublish(Long actorId, String eventSlug, String itemSlug) {
    Scope scope = scope(actorId, eventSlug);
    NewsItem item = item(scope, itemSlug);
    Instant now = clock.instant();
    item.unpublish(now);
    flushOrConflict();
    return row(item, scope.zone(), now);
  }

  private NewsItem item(Scope scope, String itemSlug) {
    return news.find(scope.eventId(), itemSlug)
        .orElseThrow(() -> new NotFoundException("news " + itemSlug));
  }

  /** Two saves that read the same version: the one that commits second loses, with a message. */
  private void flushOrConflict() {
    try {
      news.flush();
    } catch (OptimisticLockException e) {
      throw new ValidationException(Problem.global("news.conflict"));
    }
  }

  private record Checked(
      Language primary, NewsText text, NewsText translation, Optional<Instant> publishAt) {}

  private static Checked check(NewsDraft draft, ZoneId zone, List<Problem> problems) {
    Language primary =
        draft.primaryLanguage() == null ? Language.fallback() : draft.primaryLanguage();
    Language other = NewsItem.other(primary);
    String suffix = suffix(primary);
    String title = draft.title(primary);
    String body = draft.body(primary);
    if (blank(title)) {
      problems.add(Problem.of("title" + suffix, "news.title.required"));
    } else if (title.strip().length() > NewsText.TITLE_MAX) {
      problems.add(Problem.of("title" + suffix, "news.title.tooLong", NewsText.TITLE_MAX));
    }
    if (blank(body)) {
      problems.add(Problem.of("body" + suffix, "news.body.required"));
    } else if (body.length() > NewsText.BODY_MAX) {
      problems.add(Problem.of("body" + suffix, "news.body.tooLong", NewsText.BODY_MAX));
    }
    String otherTitle = draft.title(other);
    String otherBody = draft.body(other);
    NewsText translation = null;
    if (blank(otherTitle) && !blank(otherBody)) {
      problems.add(Problem.of("title" + suffix(other), "news.translation.titleMissing"));
    } else if (!blank(otherTitle) && blank(otherBody)) {
      problems.add(Problem.of("body" + suffix(other), "news.translation.bodyMissing"));
    } else if (!blank(otherTitle)) {
      if (otherTitle.strip().length() > NewsText.TITLE_MAX) {
        problems.add(Problem.of("title" + suffix(other), "news.title.tooLong", NewsText.TITLE_MAX));
      } else if (otherBody.length() > NewsText.BODY_MAX) {
        problems.add(Problem.of("body" + suffix(other), "news.body.tooLong", NewsText.BODY_MAX));
      } else {
        translation = new NewsText(otherTitle, otherBody);
      }
    }
    Optional<Instant> publishAt = PublicationTime.parse(draft.publishAt(), zone);
    if (!blank(draft.publishAt()) && publishAt.isEmpty()) {
      problems.add(Problem.of("publishAt", "news.publishAt.invalid"));
    }
    NewsText text = problems.isEmpty() ? new NewsText(title, body) : null;
    return new Checked(primary, text, translation, publishAt);
  }

  private static String suffix(Language language) {
    return language == Language.RO ? "Ro" : "En";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static NewsRow row(NewsItem item, ZoneId zone, Instant now) {
    var text = item.textFor(item.primaryLanguage());
    return new NewsRow(
        item.slug().value(),
        text.getValue().title(),
        text.getKey(),
        item.stateAt(now),
        item.publishAt().orElse(null),
        item.text(NewsItem.other(item.primaryLanguage())).isPresent(),
        zone);
  }
}
