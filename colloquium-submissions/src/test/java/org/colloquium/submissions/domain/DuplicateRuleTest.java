package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.account.api.EmailAddress;
import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void aSubmissionOfTheSameEventMayBeMarkedAsTheOriginal() {
    Submission original = submitted(1L, 10L, 1);
    Submission duplicate = submitted(2L, 10L, 2);
    assertEquals(Optional.empty(), DuplicateRule.whyNot(duplicate, original, false));
  }

  @Test
  void notItselfNorAnotherEventsNorADraft() {
    Submission one = submitted(1L, 10L, 1);
    assertEquals(Optional.of("submission.duplicate.self"), DuplicateRule.whyNot(one, one, false));
    assertEquals(
        Optional.of("submission.duplicate.unknown"),
        DuplicateRule.whyNot(one, submitted(3L, 11L, 1), false));
    Submission draft = submission(4L, 10L, 3);
    assertEquals(
        Optional.of("submission.duplicate.unknown"), DuplicateRule.whyNot(one, draft, false));
    assertEquals(
        Optional.of("submission.duplicate.unknown"), DuplicateRule.whyNot(one, null, false));
  }

  @Test
  void noChains() {
    Submission original = submitted(1L, 10L, 1);
    Submission middle = submitted(2L, 10L, 2);
    middle.markDuplicateOf(original);
    Submission third = submitted(3L, 10L, 3);
    assertEquals(
        Optional.of("submission.duplicate.chain"), DuplicateRule.whyNot(third, middle, false));
    assertEquals(
        Optional.of("submission.duplicate.chain"), DuplicateRule.whyNot(original, third, true));
  }

  private static Submission submitted(Long id, Long eventId, int number) {
    Submission s = submission(id, eventId, number);
    s.submit(NOW);
    return s;
  }

  private static Submission submission(Long id, Long eventId, int number) {
    Submission s =
        new Submission(
            eventId,
            number,
            99L,
            "key-" + id,
            new SubmissionContent(
                "Title " + number,
                "Abstract",
                List.of(),
                null,
                null,
                "en",
                List.of(
                    new SubmissionContent.Author(
                        "Ana Pop",
                        new EmailAddress("ana@colloquium.example"),
                        null,
                        "RO",
                        null,
                        true,
                        true))),
            NOW);
    try {
      Field field = Submission.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(s, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return s;
  }
}
