package org.colloquium.web.my.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.SubmissionInput;
import org.junit.jupiter.api.Test;

class AbstractFieldsTest {

  private static final AuthorEntry ANA =
      new AuthorEntry("Ana Pop", "ana@example.org", "UB", "RO", null, false, true);
  private static final AuthorEntry ION =
      new AuthorEntry("Ion Ionescu", "ion@example.org", "UBB", "RO", null, true, false);

  private static SubmissionInput input() {
    return new SubmissionInput(
        "Râuri",
        "Un rezumat.",
        List.of("ape", "Dunăre"),
        7L,
        9L,
        "ro",
        List.of(ANA, ION),
        java.util.Map.of(40L, "my supervisor"));
  }

  @Test
  void givesBackWhatItWasFilledWith() {
    AbstractFields form = AbstractFields.of(input());
    assertEquals("ape, Dunăre", form.getKeywords());
    assertEquals(1, form.getPresenting());
    assertEquals(input(), form.input());
  }

  @Test
  void untickingAMemberTakesTheConflictBackAndTickingOneWithoutAReasonKeepsItBlank() {
    AbstractFields form = AbstractFields.of(input());
    form.getConflicted().put(40L, false);
    form.getConflicted().put(41L, true);
    assertEquals(java.util.Map.of(41L, ""), form.input().declaredConflicts());
  }

  @Test
  void splitsKeywordsAtCommasAndSemicolons() {
    assertEquals(List.of("a", "b c", "d"), AbstractFields.splitKeywords(" a, b c;; d ,"));
    assertEquals(List.of(), AbstractFields.splitKeywords("  "));
    assertEquals(List.of(), AbstractFields.splitKeywords(null));
  }

  @Test
  void thePresentingAuthorMovesWithTheRow() {
    AbstractFields form = AbstractFields.of(input());
    form.moveAuthor(1, -1);
    assertEquals(0, form.getPresenting());
    assertEquals("Ion Ionescu", form.getAuthors().get(0).getFullName());
    form.addAuthor();
    form.removeAuthor(0);
    assertEquals(-1, form.getPresenting());
    assertEquals(2, form.getAuthors().size());
  }

  @Test
  void takesThePostedChoiceOfWhoPresents() {
    AbstractFields form = AbstractFields.of(input());
    form.choosePresenting(null);
    assertEquals(1, form.getPresenting());
    form.choosePresenting("0");
    assertEquals(0, form.getPresenting());
    form.choosePresenting("5");
    assertEquals(-1, form.getPresenting());
    form.choosePresenting("x");
    assertEquals(-1, form.getPresenting());
  }

  @Test
  void keepsTheProblemsOfAuthorRowsAndAnswersTheRest() {
    AbstractFields form = AbstractFields.of(input());
    Problem email = Problem.of("authors.1.email", "author.email.invalid");
    Problem title = Problem.of("title", "submission.title.required");
    List<Problem> rest =
        form.keepAuthorProblems(List.of(email, title, Problem.global("x")), Problem::messageKey);
    assertEquals(2, rest.size());
    assertTrue(form.authorInvalid(1, "email"));
    assertFalse(form.authorInvalid(0, "email"));
    assertEquals("author.email.invalid", form.authorError(1, "email"));
    form.clearAuthorProblems();
    assertFalse(form.authorInvalid(1, "email"));
  }
}
