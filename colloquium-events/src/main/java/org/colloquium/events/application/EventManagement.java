package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventPermissions;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.EventRole;
import org.colloquium.kernel.access.NotFoundException;

/**
 * The organisers' side of events. Every method checks that the actor may manage <em>that</em>
 * event: an organiser of one event learns nothing of another's management pages.
 */
@ApplicationScoped
@Transactional
public class EventManagement {

  @Inject EventRepository events;
  @Inject EventAccess access;
  @Inject Clock clock;

  /** Whether the account may open the management pages of the event with this slug. */
  public boolean canManage(Long accountId, String slug) {
    if (accountId == null) {
      return false;
    }
    return events.findBySlug(slug).map(e -> canManage(accountId, e)).orElse(false);
  }

  /** Whether the account may open the management area at all (organises something, or admin). */
  public boolean managesAnyEvent(Long accountId) {
    return accountId != null
        && (isAdministrator(accountId)
            || !events.eventsWhere(accountId, EventRole.ORGANISER).isEmpty());
  }

  /** Events the account organises (all events for a platform administrator). */
  public List<EventSummary> managedBy(Long accountId) {
    boolean administrator = isAdministrator(accountId);
    List<Event> managed =
        administrator
            ? events.all()
            : events.byIds(events.eventsWhere(accountId, EventRole.ORGANISER));
    return managed.stream().map(EventViews::summary).toList();
  }

  /**
   * @throws NotFoundException if there is no such event
   * @throws AccessDeniedException if the actor may not manage it
   */
  public EventOverview overview(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    List<MemberView> members =
        events.membersWithAccounts(event.id()).stream()
            .map(
                row ->
                    new MemberView(
                        row.account().fullName(),
                        row.account().email().value(),
                        row.member().role()))
            .toList();
    var call = events.callOf(event.id()).orElse(null);
    return new EventOverview(
        EventViews.details(event, call, clock.instant()),
        members,
        EventViews.missing(event, call != null));
  }

  private boolean canManage(Long accountId, Event event) {
    return EventPermissions.canManage(
        access.isAdministrator(accountId), access.roles(accountId, event));
  }

  private boolean isAdministrator(Long accountId) {
    return access.isAdministrator(accountId);
  }
}
