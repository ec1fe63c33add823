package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.api.Slug;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final Instant CREATED = Instant.parse("2026-04-01T08:00:00Z");
  private static final EventSchedule SCHEDULE =
      new EventSchedule(
          Instant.parse("2026-11-09T07:00:00Z"),
          Instant.parse("2026-11-11T16:00:00Z"),
          ZoneId.of("Europe/Bucharest"));

  private static Event event() {
    return new Event(
        new Slug("20-months-after"),
        "  20 Months After  ",
        SCHEDULE,
        AttendanceMode.HYBRID,
        CREATED);
  }

  @Test
  void newEventIsADraftHiddenFromThePublic() {
    Event event = event();
    assertEquals(EventStatus.DRAFT, event.status());
    assertFalse(event.isVisibleToPublic());
  }

  @Test
  void publishedEventIsPublic() {
    Event event = event();
    event.publish();
    assertEquals(EventStatus.PUBLISHED, event.status());
    assertTrue(event.isVisibleToPublic());
  }

  @Test
  void archivedEventStaysPublic() {
    Event event = event();
    event.publish();
    event.archive();
    assertEquals(EventStatus.ARCHIVED, event.status());
    assertTrue(event.isVisibleToPublic());
  }

  @Test
  void keepsSlugTitleAndScheduleWithItsZone() {
    Event event = event();
    assertEquals(new Slug("20-months-after"), event.slug());
    assertEquals("20 Months After", event.title());
    assertEquals(SCHEDULE, event.schedule());
    assertEquals(AttendanceMode.HYBRID, event.attendance());
  }

  @Test
  void titleIsRequired() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Event(new Slug("abc"), "  ", SCHEDULE, AttendanceMode.ONLINE, CREATED));
  }

  @Test
  void partnersAreReplacedAndNotExposedForChange() {
    Event event = event();
    event.organisedBy(
        new Institution("University of Bucharest", "https://unibuc.ro"),
        List.of(new Institution("Partner A", null)));
    event.organisedBy(
        new Institution("University of Bucharest", "https://unibuc.ro"),
        List.of(new Institution("Partner B", null), new Institution("Partner C", null)));
    assertEquals(
        List.of("Partner B", "Partner C"),
        event.partners().stream().map(Institution::name).toList());
    assertThrows(UnsupportedOperationException.class, () -> event.partners().clear());
  }

  @Test
  void attendanceModesSayWhoCanComeHow() {
    assertTrue(AttendanceMode.HYBRID.online() && AttendanceMode.HYBRID.inPerson());
    assertTrue(AttendanceMode.ONLINE.online() && !AttendanceMode.ONLINE.inPerson());
    assertTrue(!AttendanceMode.IN_PERSON.online() && AttendanceMode.IN_PERSON.inPerson());
  }
}
