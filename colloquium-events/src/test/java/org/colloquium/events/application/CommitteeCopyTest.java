package org.colloquium.events.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.CommitteeMemberAdded;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.CommitteeRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.testing.RecordedEvents;
import org.junit.jupiter.api.Test;

/** A new edition takes over the committee of the one it copies, without doubling anyone's role. */
class CommitteeCopyTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  private static final Long SOURCE = 1L;
  private static final Long COPY = 2L;

  private final List<EventMember> added = new ArrayList<>();
  private final RecordedEvents happened = new RecordedEvents();
  private final Map<Long, List<EventMember>> membersByEvent =
      Map.of(
          SOURCE,
          List.of(
              new EventMember(SOURCE, 10L, EventRole.ORGANISER, NOW.minusSeconds(999)),
              new EventMember(SOURCE, 11L, EventRole.REVIEWER, NOW.minusSeconds(999)),
              new EventMember(SOURCE, 11L, EventRole.TRACK_CHAIR, NOW.minusSeconds(999))));

  private DefaultCommittee committee() throws ReflectiveOperationException {
    Event copy =
        new Event(
            new Slug("annual-conference-v"),
            "Vth Annual Conference",
            new EventSchedule(
                NOW.plus(Duration.ofDays(400)),
                NOW.plus(Duration.ofDays(401)),
                ZoneId.of("Europe/Bucharest")),
            AttendanceMode.HYBRID,
            NOW);
    Field id = Event.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(copy, COPY);

    DefaultCommittee committee = new DefaultCommittee();
    committee.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    committee.happened = happened;
    committee.events =
        new EventRepository() {
          @Override
          public Optional<Event> find(Long id) {
            return COPY.equals(id) ? Optional.of(copy) : Optional.empty();
          }
        };
    committee.committee =
        new CommitteeRepository() {
          @Override
          public List<EventMember> members(Long eventId) {
            return membersByEvent.getOrDefault(eventId, List.of());
          }

          @Override
          public void add(EventMember member) {
            added.add(member);
          }
        };
    committee.access =
        new EventAccess() {
          @Override
          public Set<EventRole> roles(Long accountId, Event event) {
            // The organiser who made the copy is already its organiser.
            Set<EventRole> roles = new HashSet<>();
            if (event.id().equals(COPY) && accountId.equals(10L)) {
              roles.add(EventRole.ORGANISER);
            }
            return roles;
          }
        };
    return committee;
  }

  @Test
  void membersAndRolesAreCopiedOnceIntoTheNewEdition() throws ReflectiveOperationException {
    committee().copyCommittee(new EventCopied(SOURCE, COPY, Duration.ofDays(365)));

    assertEquals(2, added.size(), added.toString());
    for (EventMember member : added) {
      assertEquals(COPY, member.eventId());
      assertEquals(11L, member.accountId());
      assertEquals(NOW, member.grantedAt());
    }
    assertEquals(
        Set.of(EventRole.REVIEWER, EventRole.TRACK_CHAIR),
        Set.of(added.get(0).role(), added.get(1).role()));
    assertEquals(
        List.of(
            new CommitteeMemberAdded(COPY, 11L, EventRole.REVIEWER),
            new CommitteeMemberAdded(COPY, 11L, EventRole.TRACK_CHAIR)),
        happened.fired,
        "modules built on events hear of each new member");
  }

  @Test
  void anEventWithoutCommitteeCopiesNothing() throws ReflectiveOperationException {
    committee().copyCommittee(new EventCopied(99L, COPY, Duration.ZERO));
    assertEquals(List.of(), added);
    assertEquals(List.of(), happened.fired);
  }
}
