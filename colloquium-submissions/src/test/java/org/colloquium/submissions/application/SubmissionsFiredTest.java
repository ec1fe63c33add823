package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.testing.RecordedEvents;
import org.colloquium.submissions.api.SubmissionChanged;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionWithdrawn;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.domain.SubmissionRepository;
import org.junit.jupiter.api.Test;

/**
 * The CDI events the module publishes for the modules built on it (reviews): fired by the command
 * that changes the submission, and not when the command is refused.
 */
class SubmissionsFiredTest {

  private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
  private static final Long EVENT = 7L;
  private static final Long SUBMITTER = 10L;

  private final RecordedEvents happened = new RecordedEvents();
  private final Submission submission =
      new Submission(EVENT, 3, SUBMITTER, "key-1", content(), NOW.minusSeconds(60));

  @Test
  void withdrawingTellsWhichSubmission() {
    submitting(SubmissionRole.SUBMITTER).withdraw(SUBMITTER, 1L);
    assertEquals(List.of(new SubmissionWithdrawn(submission.id(), EVENT, NOW)), happened.fired);
  }

  @Test
  void aRefusedWithdrawalTellsNothing() {
    DefaultSubmitting coAuthor = submitting(SubmissionRole.EDITING_AUTHOR);
    assertThrows(AccessDeniedException.class, () -> coAuthor.withdraw(SUBMITTER, 1L));
    assertEquals(List.of(), happened.fired);
  }

  @Test
  void removingTheFileOfADraftIsAChange() {
    submission.attachFile("ab".repeat(32), "paper.pdf", 1000, 3, NOW.minusSeconds(30));
    submitting(SubmissionRole.SUBMITTER).removeFile(SUBMITTER, 1L);
    assertEquals(
        List.of(new SubmissionChanged(submission.id(), EVENT, false, NOW)), happened.fired);
  }

  private DefaultSubmitting submitting(SubmissionRole role) {
    DefaultSubmitting submitting = new DefaultSubmitting();
    submitting.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    submitting.submissions =
        new SubmissionRepository() {
          @Override
          public void flush() {}
        };
    SubmissionAccess.Context context =
        new SubmissionAccess.Context(submission, event(), openCall(), role, null, false, null);
    submitting.access =
        new SubmissionAccess() {
          @Override
          public Context visible(Long actorId, Long submissionId) {
            return context;
          }
        };
    submitting.happened = happened;
    return submitting;
  }

  private static EventRecord event() {
    return new EventRecord(
        EVENT,
        new Slug("annual-conference-v"),
        "Vth Annual Conference",
        EventStatus.PUBLISHED,
        new EventSchedule(
            NOW.plus(Duration.ofDays(100)),
            NOW.plus(Duration.ofDays(101)),
            ZoneId.of("Europe/Bucharest")),
        Language.EN);
  }

  private static CallRecord openCall() {
    return new CallRecord(
        1L,
        EVENT,
        new CallDates(
            NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(10)), null, null, null, 0),
        new AbstractRules(300, 0, 5, false, false, PdfPolicy.OPTIONAL, 10, null),
        ReviewMode.SINGLE_BLIND);
  }

  private static SubmissionContent content() {
    return new SubmissionContent(
        "Title",
        "Text",
        List.of("a", "b"),
        null,
        null,
        "en",
        List.of(
            new SubmissionContent.Author(
                "Ana Pop", new EmailAddress("ana@example.org"), null, null, null, true, true)));
  }
}
