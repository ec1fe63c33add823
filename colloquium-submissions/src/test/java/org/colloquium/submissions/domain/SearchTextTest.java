package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void romanianDiacriticsAndCaseAreIgnored() {
    assertEquals("stiinte sociale si tara", SearchText.normalise("Științe  SOCIALE\nși Țara"));
  }

  @Test
  void cyrillicIsLowerCasedAndKept() {
    assertEquals("журнал истории", SearchText.normalise("ЖУРНАЛ Истории"));
  }

  @Test
  void theSearchTextOfASubmissionHoldsTitleKeywordsAuthorsAndAbstract() {
    SubmissionContent content =
        new SubmissionContent(
            "Reziliența comunităților",
            "Un studiu despre sate.",
            java.util.List.of("memorie"),
            null,
            null,
            "ro",
            java.util.List.of(
                new SubmissionContent.Author(
                    "Ștefan Кузнецов",
                    new org.colloquium.kernel.account.api.EmailAddress("s.k@example.org"),
                    "Universitatea din Iași",
                    "RO",
                    null,
                    true,
                    false)));
    String text = Submission.searchTextOf(content);
    for (String part :
        new String[] {
          "rezilienta", "memorie", "stefan кузнецов", "s.k@example.org", "iasi", "sate"
        }) {
      assertTrue(text.contains(part), () -> part + " in " + text);
    }
  }
}
