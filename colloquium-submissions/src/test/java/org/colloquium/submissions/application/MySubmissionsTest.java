package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.application.CallState;
import org.colloquium.events.domain.AttendanceMode;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventSchedule;
import org.colloquium.events.domain.Slug;
import org.colloquium.submissions.domain.ReadOnlyReason;
import org.colloquium.submissions.domain.SubmissionRole;
import org.junit.jupiter.api.Test;

class MySubmissionsTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void aBlankFormOfACallNotYetOpenSaysSoRatherThanThatTheDeadlinePassed() {
    assertNull(MySubmissions.readOnlyReason(CallState.OPEN));
    assertEquals(ReadOnlyReason.NOT_YET_OPEN, MySubmissions.readOnlyReason(CallState.UPCOMING));
    assertEquals(ReadOnlyReason.DEADLINE_PASSED, MySubmissions.readOnlyReason(CallState.CLOSED));
  }

  @Test
  void anUnpublishedEventHidesItsSubmissionsFromAllButThoseWhoManageIt() {
    Event event =
        new Event(
            new Slug("annual-conference-iii"),
            "IIIrd Annual Conference",
            new EventSchedule(
                NOW.plus(Duration.ofDays(100)),
                NOW.plus(Duration.ofDays(101)),
                ZoneId.of("Europe/Bucharest")),
            AttendanceMode.HYBRID,
            NOW);
    // The submitter who also organises the event is a submitter on it, and still sees it.
    var submitter = context(event, SubmissionRole.SUBMITTER, false);
    var organisingSubmitter = context(event, SubmissionRole.SUBMITTER, true);
    var organiser = context(event, SubmissionRole.ORGANISER, true);

    assertFalse(submitter.eventVisible(), "a draft event");
    assertTrue(organisingSubmitter.eventVisible());
    assertTrue(organiser.eventVisible());

    event.publish();
    assertTrue(submitter.eventVisible(), "once published");
  }

  private static SubmissionAccess.Context context(
      Event event, SubmissionRole role, boolean organiser) {
    return new SubmissionAccess.Context(null, event, null, role, null, organiser);
  }
}
