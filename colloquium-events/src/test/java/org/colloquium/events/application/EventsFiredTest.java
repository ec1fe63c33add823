package org.colloquium.events.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.CommitteeMemberRemoved;
import org.colloquium.events.api.EventPublished;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.CommitteeRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.testing.RecordedEvents;
import org.colloquium.kernel.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The CDI events the module publishes for the modules built on it: fired by the command that
 * changes the state, once, and not when the command is refused.
 */
class EventsFiredTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  private static final Long EVENT = 7L;
  private static final Long ORGANISER = 10L;

  private final RecordedEvents happened = new RecordedEvents();
  private final Event event = event();

  @Test
  void publishingAnEventTellsWhichOne() {
    editing().publish(ORGANISER, "annual-conference-v");
    assertEquals(List.of(new EventPublished(EVENT, "annual-conference-v")), happened.fired);
  }

  @Test
  void aRefusedPublicationTellsNothing() {
    event.publish(); // publishing twice is refused
    DefaultEventEditing editing = editing();
    assertThrows(ValidationException.class, () -> editing.publish(ORGANISER, "x"));
    assertEquals(List.of(), happened.fired);
  }

  @Test
  void removingAMemberTellsWhoLostWhichRole() {
    committee(new EventMember(EVENT, 11L, EventRole.REVIEWER, NOW), 2)
        .removeMember(ORGANISER, "annual-conference-v", 5L);
    assertEquals(
        List.of(new CommitteeMemberRemoved(EVENT, 11L, EventRole.REVIEWER)), happened.fired);
  }

  @Test
  void theLastOrganiserStaysAndNothingIsTold() {
    DefaultCommittee committee =
        committee(new EventMember(EVENT, ORGANISER, EventRole.ORGANISER, NOW), 1);
    assertThrows(
        ValidationException.class,
        () -> committee.removeMember(ORGANISER, "annual-conference-v", 5L));
    assertEquals(List.of(), happened.fired);
  }

  private DefaultEventEditing editing() {
    DefaultEventEditing editing = new DefaultEventEditing();
    editing.access = manageable();
    editing.events =
        new EventRepository() {
          @Override
          public void flush() {}
        };
    editing.happened = happened;
    return editing;
  }

  private DefaultCommittee committee(EventMember member, long organisers) {
    DefaultCommittee committee = new DefaultCommittee();
    committee.access = manageable();
    committee.committee =
        new CommitteeRepository() {
          @Override
          public void lockCommitteeOf(Event event) {}

          @Override
          public Optional<EventMember> member(Long memberId) {
            return Optional.of(member);
          }

          @Override
          public long count(Long eventId, EventRole role) {
            return organisers;
          }

          @Override
          public void remove(EventMember removed) {}
        };
    committee.happened = happened;
    return committee;
  }

  private EventAccess manageable() {
    return new EventAccess() {
      @Override
      public Event manageable(Long actorId, String slug) {
        return event;
      }
    };
  }

  private static Event event() {
    Event event =
        new Event(
            new Slug("annual-conference-v"),
            "Vth Annual Conference",
            new EventSchedule(
                NOW.plus(Duration.ofDays(400)),
                NOW.plus(Duration.ofDays(401)),
                ZoneId.of("Europe/Bucharest")),
            AttendanceMode.HYBRID,
            NOW);
    try {
      Field id = Event.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(event, EVENT);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return event;
  }
}
