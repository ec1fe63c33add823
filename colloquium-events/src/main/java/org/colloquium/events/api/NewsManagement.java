package org.colloquium.events.api;

import java.time.ZoneId;
import java.util.List;
import org.colloquium.kernel.access.NotFoundException;

/**
 * Writing news: an event's news by the organisers of that event (and administrators), site-wide
 * news by administrators. Every method takes the event's slug, or null for site-wide news, and
 * checks the actor's right to that scope before anything else.
 */
public interface NewsManagement {
  /** The zone in which publication times of this scope are typed and shown. */
  ZoneId zone(Long actorId, String eventSlug);

  List<NewsRow> list(Long actorId, String eventSlug);

  /**
   * @throws NotFoundException if the scope has no such item
   */
  NewsEdit edit(Long actorId, String eventSlug, String itemSlug);

  NewsRow create(Long actorId, String eventSlug, NewsDraft draft);

  /**
   * Saves the form over the item, if nobody else saved it since {@code version} was read; otherwise
   * the form gets a conflict message and keeps what was typed.
   */
  NewsRow update(Long actorId, String eventSlug, String itemSlug, int version, NewsDraft draft);

  NewsRow publishNow(Long actorId, String eventSlug, String itemSlug);

  NewsRow unpublish(Long actorId, String eventSlug, String itemSlug);
}
