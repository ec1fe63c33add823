package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventOverview;
import org.colloquium.events.api.EventPermissions;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventSummary;
import org.colloquium.events.api.MemberView;
import org.colloquium.events.domain.CommitteeRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;

/** The module's implementation of {@link EventManagement}. */
@ApplicationScoped
@Transactional
public class DefaultEventManagement implements EventManagement {

  @Inject EventRepository events;
  @Inject CommitteeRepository committee;
  @Inject AccountDirectory accounts;
  @Inject EventAccess access;
  @Inject Clock clock;

  @Override
  public boolean canManage(Long accountId, String slug) {
    if (accountId == null) {
      return false;
    }
    return events.findBySlug(slug).map(e -> canManage(accountId, e)).orElse(false);
  }

  @Override
  public boolean canCheckIn(Long accountId, String slug) {
    if (accountId == null) {
      return false;
    }
    return events
        .findBySlug(slug)
        .map(
            e ->
                EventPermissions.canCheckIn(
                    access.isAdministrator(accountId), access.roles(accountId, e)))
        .orElse(false);
  }

  @Override
  public boolean managesAnyEvent(Long accountId) {
    return accountId != null
        && (isAdministrator(accountId)
            || !events.eventsWhere(accountId, EventRole.ORGANISER).isEmpty());
  }

  @Override
  public List<EventSummary> doorsOf(Long accountId) {
    if (accountId == null) {
      return List.of();
    }
    return events.byIds(events.eventsWhere(accountId, EventRole.DOOR)).stream()
        .map(EventViews::summary)
        .toList();
  }

  @Override
  public List<EventSummary> managedBy(Long accountId) {
    boolean administrator = isAdministrator(accountId);
    List<Event> managed =
        administrator
            ? events.all()
            : events.byIds(events.eventsWhere(accountId, EventRole.ORGANISER));
    return managed.stream().map(EventViews::summary).toList();
  }

  @Override
  public EventOverview overview(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    List<EventMember> rows = committee.members(event.id());
    Map<Long, AccountRecord> people =
        accounts.byIds(rows.stream().map(EventMember::accountId).toList());
    Collator byName = Collator.getInstance(Locale.ROOT);
    List<MemberView> members =
        rows.stream()
            .filter(m -> people.containsKey(m.accountId()))
            .map(
                m -> {
                  AccountRecord a = people.get(m.accountId());
                  return new MemberView(a.fullName(), a.email().value(), m.role());
                })
            .sorted(
                Comparator.comparing((MemberView v) -> v.role().name())
                    .thenComparing(MemberView::fullName, byName))
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
