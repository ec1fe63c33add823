package org.colloquium.events.api;

import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.i18n.Language;

/**
 * What visitors may see of events. Drafts only for those who may manage them. Texts come in the
 * visitor's language where the organisers translated them, in the primary language otherwise; the
 * methods without a language give the primary texts.
 */
public interface EventCatalogue {
  List<EventSummary> upcoming();

  List<EventSummary> upcoming(Language visitor);

  List<EventSummary> past(int limit);

  List<EventSummary> past(int limit, Language visitor);

  /** Calls open now on public events, the nearest deadline first. */
  List<CallSummary> openCalls();

  /**
   * Whether the viewer may see the event at all: false for an unknown slug and for a draft the
   * viewer may not manage, which callers then answer alike.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  boolean isVisible(String slug, Long viewerId);

  /**
   * The event page, if the viewer may see it.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  Optional<EventDetails> details(String slug, Long viewerId);

  /**
   * The event page in the visitor's language, if the viewer may see it.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  Optional<EventDetails> details(String slug, Long viewerId, Language visitor);
}
