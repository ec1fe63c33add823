package org.colloquium.programme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.programme.domain.PreferredDays;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;
import org.colloquium.submissions.api.SubmissionState;
import org.junit.jupiter.api.Test;

/** How the days authors wish for reach the automatic draft: per speaker, by address. */
class PreferredDaysTest {

  private static final LocalDate THU = LocalDate.of(2023, 11, 9);
  private static final LocalDate FRI = LocalDate.of(2023, 11, 10);
  private static final LocalDate SAT = LocalDate.of(2023, 11, 11);

  private static SubmissionRecord submission(long id, AuthorRecord... authors) {
    return new SubmissionRecord(
        id,
        1L,
        (int) id,
        SubmissionState.SUBMITTED,
        "Talk " + id,
        "",
        List.of(),
        null,
        null,
        "en",
        9L,
        List.of(authors),
        null,
        null,
        Instant.EPOCH);
  }

  private static AuthorRecord author(String email, boolean presenting) {
    return new AuthorRecord("Name " + email, email, null, null, null, presenting);
  }

  private static PreferredDays wish(long submissionId, LocalDate... days) {
    PreferredDays preferred = new PreferredDays(submissionId, 1L);
    preferred.choose(List.of(days), 9L, Instant.EPOCH);
    return preferred;
  }

  @Test
  void theWishIsThePresentingAuthorsByAddressInLowerCase() {
    var submissions =
        Map.of(
            1L,
            submission(1, author("Ana@Example.org ", true), author("bogdan@example.org", false)));
    assertEquals(
        Map.of("ana@example.org", Set.of(FRI)),
        WorkInProgress.preferredDaysBySpeaker(List.of(wish(1, FRI)), submissions));
  }

  @Test
  void everyAuthorWhenNoneIsMarkedPresenting() {
    var submissions =
        Map.of(
            1L, submission(1, author("ana@example.org", false), author("bo@example.org", false)));
    assertEquals(
        Map.of("ana@example.org", Set.of(THU, SAT), "bo@example.org", Set.of(THU, SAT)),
        WorkInProgress.preferredDaysBySpeaker(List.of(wish(1, SAT, THU)), submissions));
  }

  @Test
  void aSpeakerWithTwoTalksIsGladOfEitherWishedDay() {
    var submissions =
        Map.of(
            1L, submission(1, author("ana@example.org", true)),
            2L, submission(2, author("ana@example.org", true)),
            3L, submission(3, author("other@example.org", true)));
    assertEquals(
        Map.of("ana@example.org", Set.of(THU, FRI)),
        WorkInProgress.preferredDaysBySpeaker(List.of(wish(1, THU), wish(2, FRI)), submissions),
        "the speakers of a submission that wishes nothing have no preference");
  }

  @Test
  void aWishOfAWithdrawnSubmissionIsIgnored() {
    assertEquals(Map.of(), WorkInProgress.preferredDaysBySpeaker(List.of(wish(7, THU)), Map.of()));
  }

  @Test
  void daysAreKeptInOrderOnceAndNoDayIsNoWish() {
    assertEquals(List.of(THU, SAT), wish(1, SAT, THU, SAT).days());
    assertThrows(IllegalArgumentException.class, () -> wish(1));
  }
}
