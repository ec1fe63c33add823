package org.colloquium.reviews.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.reviews.api.ForReviewer;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionState;
import org.junit.jupiter.api.Test;

/** What a reviewer gets of a submission under each review mode. */
class BlindViewTest {

  private static final SubmissionRecord SUBMISSION =
      new SubmissionRecord(
          7L,
          1L,
          12,
          SubmissionState.SUBMITTED,
          "Памʼять і простір",
          "An abstract with <script>alert(1)</script> and **bold**.",
          List.of("memory", "urban space"),
          3L,
          null,
          "en",
          42L,
          List.of(
              new SubmissionRecord.AuthorRecord(
                  "Ștefan Rusu",
                  "s@usm.md",
                  "Moldova State University",
                  "MD",
                  "0000-0002-1825-0097",
                  true)),
          "ab".repeat(32),
          "Rusu-memory-final.pdf",
          Instant.parse("2027-03-01T10:00:00Z"));

  private static String everything(ForReviewer v) {
    return v.toString();
  }

  @Test
  void doubleBlindLeavesOutEveryTraceOfTheAuthors() {
    ForReviewer view = BlindView.of(SUBMISSION, ReviewMode.DOUBLE_BLIND, Map.of(3L, "Memory"));
    assertEquals(List.of(), view.authors());
    String all = everything(view);
    for (String trace :
        List.of("Rusu", "Moldova", "usm.md", "0000-0002-1825-0097", "final.pdf", "42")) {
      assertFalse(all.contains(trace), () -> "double-blind view shows " + trace + ": " + all);
    }
    assertTrue(view.hasFile());
    assertEquals("Memory", view.track());
  }

  @Test
  void singleBlindAndOpenNameTheAuthorsWithTheirAffiliation() {
    for (ReviewMode mode : List.of(ReviewMode.SINGLE_BLIND, ReviewMode.OPEN)) {
      ForReviewer view = BlindView.of(SUBMISSION, mode, Map.of());
      assertEquals(List.of("Ștefan Rusu (Moldova State University)"), view.authors());
    }
  }

  @Test
  void theAbstractIsSanitisedHtml() {
    ForReviewer view = BlindView.of(SUBMISSION, ReviewMode.OPEN, Map.of());
    assertFalse(view.abstractHtml().contains("<script"), view.abstractHtml());
    assertTrue(view.abstractHtml().contains("<strong>bold</strong>"), view.abstractHtml());
  }
}
