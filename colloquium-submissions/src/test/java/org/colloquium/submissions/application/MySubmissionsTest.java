package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.api.CallState;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
import org.junit.jupiter.api.Test;

class MySubmissionsTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void aBlankFormOfACallNotYetOpenSaysSoRatherThanThatTheDeadlinePassed() {
    assertNull(DefaultMySubmissions.readOnlyReason(CallState.OPEN));
    assertEquals(
        ReadOnlyReason.NOT_YET_OPEN, DefaultMySubmissions.readOnlyReason(CallState.UPCOMING));
    assertEquals(
        ReadOnlyReason.DEADLINE_PASSED, DefaultMySubmissions.readOnlyReason(CallState.CLOSED));
  }

  @Test
  void anUnpublishedEventHidesItsSubmissionsFromAllButThoseWhoManageIt() {
    EventRecord draft = event(EventStatus.DRAFT);
    // The submitter who also organises the event is a submitter on it, and still sees it.
    var submitter = context(draft, SubmissionRole.SUBMITTER, false);
    var organisingSubmitter = context(draft, SubmissionRole.SUBMITTER, true);
    var organiser = context(draft, SubmissionRole.ORGANISER, true);

    assertFalse(submitter.eventVisible(), "a draft event");
    assertTrue(organisingSubmitter.eventVisible());
    assertTrue(organiser.eventVisible());

    assertTrue(
        context(event(EventStatus.PUBLISHED), SubmissionRole.SUBMITTER, false).eventVisible(),
        "once published");
  }

  private static EventRecord event(EventStatus status) {
    return new EventRecord(
        1L,
        new Slug("annual-conference-iii"),
        "IIIrd Annual Conference",
        status,
        new EventSchedule(
            NOW.plus(Duration.ofDays(100)),
            NOW.plus(Duration.ofDays(101)),
            ZoneId.of("Europe/Bucharest")),
        Language.EN);
  }

  private static SubmissionAccess.Context context(
      EventRecord event, SubmissionRole role, boolean organiser) {
    return new SubmissionAccess.Context(null, event, null, role, null, organiser, null);
  }
}
