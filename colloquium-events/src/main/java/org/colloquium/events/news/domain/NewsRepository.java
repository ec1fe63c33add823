package org.colloquium.events.news.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.domain.Event;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** News items. Joins the caller's transaction. */
@ApplicationScoped
public class NewsRepository {

  /** A public item with its event (null for a site-wide item). */
  public record ItemWithEvent(NewsItem item, Event event) {}

  // Public: published by now, and site-wide or of an event the public may see.
  private static final String PUBLIC =
      " where n.publishAt <= :now and (n.eventId is null"
          + " or e.status <> org.colloquium.events.api.EventStatus.DRAFT)";

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  /** When the next scheduled item becomes public, if one is scheduled. */
  public Optional<Instant> firstPublicationAfter(Instant now) {
    return Optional.ofNullable(
        em.createQuery(
                "select min(n.publishAt) from NewsItem n where n.publishAt > :now", Instant.class)
            .setParameter("now", now)
            .getSingleResult());
  }

  public void add(NewsItem item) {
    em.persist(item);
  }

  /** Writes pending changes now, so a version conflict shows up inside the caller's code. */
  public void flush() {
    em.flush();
  }

  /**
   * @param eventId the event, or null for site-wide news
   */
  public Optional<NewsItem> find(Long eventId, String slug) {
    return em.createQuery(
            "select n from NewsItem n where n.scope = :scope and n.slug = :slug", NewsItem.class)
        .setParameter("scope", NewsItem.scopeOf(eventId))
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean slugTaken(Long eventId, String slug) {
    return find(eventId, slug).isPresent();
  }

  /** Every item of the scope, drafts included, the newest first. */
  public List<NewsItem> inScope(Long eventId) {
    return em.createQuery(
            "select n from NewsItem n where n.scope = :scope order by n.createdAt desc, n.id desc",
            NewsItem.class)
        .setParameter("scope", NewsItem.scopeOf(eventId))
        .getResultList();
  }

  /** Public items of the whole site and of every public event, the latest first. */
  public List<ItemWithEvent> publicItems(Instant now, int first, int max) {
    return em.createQuery(
            "select n, e from NewsItem n left join Event e on e.id = n.eventId"
                + PUBLIC
                + " order by n.publishAt desc, n.id desc",
            Object[].class)
        .setParameter("now", now)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(row -> new ItemWithEvent((NewsItem) row[0], (Event) row[1]))
        .toList();
  }

  /** Public items of one event, the latest first (the caller checks the event is public). */
  public List<NewsItem> publicItemsOf(Long eventId, Instant now, int first, int max) {
    return em.createQuery(
            "select n from NewsItem n where n.scope = :scope and n.publishAt <= :now"
                + " order by n.publishAt desc, n.id desc",
            NewsItem.class)
        .setParameter("scope", NewsItem.scopeOf(eventId))
        .setParameter("now", now)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
