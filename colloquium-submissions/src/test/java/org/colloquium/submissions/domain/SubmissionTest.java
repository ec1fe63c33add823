package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.submissions.api.SubmissionState;
import org.junit.jupiter.api.Test;

class SubmissionTest {

  private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);

  private static SubmissionContent content(String... emails) {
    return new SubmissionContent(
        "Title",
        "Text",
        List.of("a", "b"),
        null,
        null,
        "en",
        java.util.Arrays.stream(emails)
            .map(
                e ->
                    new SubmissionContent.Author(
                        "N " + e, new EmailAddress(e), null, null, null, false, e.startsWith("ed")))
            .toList());
  }

  private static Submission draft() {
    return new Submission(
        1L, 3, 10L, "key-1", content("me@example.org", "editor@example.org", "co@example.org"), T0);
  }

  @Test
  void aNewSubmissionIsADraftWithItsAuthorsInOrder() {
    Submission s = draft();
    assertEquals(SubmissionState.DRAFT, s.state());
    assertEquals(3, s.number());
    assertEquals(List.of(1, 2, 3), s.authors().stream().map(SubmissionAuthor::position).toList());
    assertTrue(s.submittedAt().isEmpty());
  }

  @Test
  void coAuthorsNotNotifiedAreRememberedInAuthorOrderWhileTheyAreAuthors() {
    Submission s = draft();
    assertEquals(List.of(), s.coAuthorsNotNotified());
    s.coAuthorsNotNotified(List.of("co@example.org", "editor@example.org", "stranger@example.org"));
    assertEquals(List.of("editor@example.org", "co@example.org"), s.coAuthorsNotNotified());
    s.clearAuthors();
    s.addAuthors(content("me@example.org", "co@example.org"));
    assertEquals(List.of("co@example.org"), s.coAuthorsNotNotified(), "a removed author drops out");
    s.coAuthorsNotNotified(List.of());
    assertEquals(List.of(), s.coAuthorsNotNotified());
  }

  @Test
  void numbersStartAtOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Submission(1L, 0, 10L, "k", content("me@example.org"), T0));
  }

  @Test
  void submittingTwiceKeepsTheFirstMoment() {
    Submission s = draft();
    s.submit(T0);
    s.submit(T1);
    assertEquals(SubmissionState.SUBMITTED, s.state());
    assertEquals(T0, s.submittedAt().orElseThrow());
  }

  @Test
  void aWithdrawnSubmissionCannotBeChangedOrSubmitted() {
    Submission s = draft();
    s.submit(T0);
    s.withdraw(T1);
    assertEquals(SubmissionState.WITHDRAWN, s.state());
    assertEquals(T1, s.withdrawnAt().orElseThrow());
    assertThrows(IllegalStateException.class, () -> s.submit(T1));
    assertThrows(IllegalStateException.class, () -> s.rewrite(content("me@example.org"), T1));
    assertThrows(IllegalStateException.class, () -> s.attachFile("ab", "x.pdf", 1, 1, T1));
  }

  @Test
  void authorsAreReplacedOnlyAfterClearing() {
    Submission s = draft();
    assertThrows(IllegalStateException.class, () -> s.addAuthors(content("x@example.org")));
    s.clearAuthors();
    s.addAuthors(content("x@example.org"));
    assertEquals(
        List.of("x@example.org"), s.authors().stream().map(SubmissionAuthor::email).toList());
  }

  @Test
  void coAuthorsAreKnownByAddressAndEditorsByTheirRight() {
    Submission s = draft();
    assertTrue(s.isAuthor("co@example.org"));
    assertFalse(s.isEditingAuthor("co@example.org"));
    assertTrue(s.isEditingAuthor("editor@example.org"));
    assertFalse(s.isAuthor("stranger@example.org"));
    assertFalse(s.isAuthor(null));
  }

  @Test
  void keywordsSurviveTheRoundTrip() {
    Submission s = draft();
    assertEquals(List.of("a", "b"), s.keywords());
    assertEquals(List.of("a", "b"), s.content().keywords());
  }
}
