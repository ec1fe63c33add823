package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.EventPermissions;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;

/**
 * The one place where the application services of every feature look up an event on behalf of
 * someone and apply the rules of {@link EventPermissions}. Joins the caller's transaction.
 */
@ApplicationScoped
public class EventAccess {

  @Inject EventRepository events;
  @Inject AccountDirectory accounts;

  /**
   * The event, for someone about to manage it.
   *
   * @throws NotFoundException if there is no such event
   * @throws AccessDeniedException if the actor is not one of its organisers nor an administrator
   */
  public Event manageable(Long actorId, String slug) {
    Event event = events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
    if (!EventPermissions.canManage(isAdministrator(actorId), roles(actorId, event))) {
      throw new AccessDeniedException("not an organiser of " + slug);
    }
    return event;
  }

  /** The event, if the viewer (null for anonymous) may see it: drafts stay hidden. */
  public Optional<Event> visible(String slug, Long viewerId) {
    return events
        .findBySlug(slug)
        .filter(
            e ->
                EventPermissions.canSee(e.status(), isAdministrator(viewerId), roles(viewerId, e)));
  }

  public boolean isAdministrator(Long accountId) {
    return accountId != null
        && accounts.find(accountId).map(AccountRecord::isPlatformAdministrator).orElse(false);
  }

  public Set<EventRole> roles(Long accountId, Event event) {
    return accountId == null ? Set.of() : events.rolesOf(event.id(), accountId);
  }
}
