package org.colloquium.events.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.kernel.i18n.Language;

/**
 * Events and calls as the modules built on events see them (as records), with the access rules of
 * {@link EventPermissions} applied in one place. Joins the caller's transaction.
 */
public interface EventDirectory {

  /**
   * The event, for someone about to manage it.
   *
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor is not one of its
   *     organisers nor an administrator
   */
  EventRecord manageable(Long actorId, String slug);

  /** The event, if the viewer (null for anonymous) may see it: drafts stay hidden. */
  Optional<EventRecord> visible(String slug, Long viewerId);

  boolean isAdministrator(Long accountId);

  /** The accounts holding this role in the event, by id. */
  List<Long> membersWith(Long eventId, EventRole role);

  /** The events in which the account holds this role. */
  List<Long> eventsWhere(Long accountId, EventRole role);

  /** The account's roles on the event; none for an anonymous visitor. */
  Set<EventRole> roles(Long accountId, Long eventId);

  Optional<EventRecord> find(Long eventId);

  /**
   * What the event page would show of the event, drafts included, with no one's permission checked:
   * for work the system does on its own (a job ending an offer, a mail to someone the organisers
   * added), never for a page or an answer to a request.
   */
  Optional<EventDetails> details(Long eventId, Language language);

  Optional<EventRecord> findBySlug(String slug);

  List<EventRecord> byIds(Collection<Long> eventIds);

  Optional<CallRecord> callOf(Long eventId);

  /** The event's tracks in their order, as a submission form offers them. */
  List<Choice> tracks(Long eventId);

  /** The tracks of the event this account chairs, in the event's order; empty for none. */
  Set<Long> chairedTracks(Long eventId, Long accountId);

  /** The event's presentation types in their order. */
  List<Choice> presentationTypes(Long eventId);

  /**
   * Locks the event until the transaction ends, so that things numbered per event (submissions)
   * take their numbers one after another. Locks only the event's row, not the entity: the event
   * stays editable by its organisers meanwhile.
   */
  void lockNumbering(Long eventId);
}
