package org.colloquium.events.api;

import java.util.List;
import org.colloquium.kernel.access.NotFoundException;

/**
 * The organisers' side of events. Every method checks that the actor may manage <em>that</em>
 * event: an organiser of one event learns nothing of another's management pages.
 */
public interface EventManagement {
  /** Whether the account may open the management pages of the event with this slug. */
  boolean canManage(Long accountId, String slug);

  /**
   * Whether the account may check registrants in at the event's door: its organisers, its door
   * helpers and platform administrators.
   */
  boolean canCheckIn(Long accountId, String slug);

  /** Whether the account may open the management area at all (organises something, or admin). */
  boolean managesAnyEvent(Long accountId);

  /** Events where the account is a door helper (checks registrants in, nothing else). */
  List<EventSummary> doorsOf(Long accountId);

  /** Events the account organises (all events for a platform administrator). */
  List<EventSummary> managedBy(Long accountId);

  /**
   * @throws NotFoundException if there is no such event
   * @throws AccessDeniedException if the actor may not manage it
   */
  EventOverview overview(Long actorId, String slug);
}
