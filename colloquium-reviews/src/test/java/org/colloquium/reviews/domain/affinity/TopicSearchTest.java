package org.colloquium.reviews.domain.affinity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSearchTest {

  private static final String TITLE = "Științele sociale în fața războiului";
  private static final List<String> KEYWORDS = List.of("енергетика", "Republic of Moldova");
  private static final String ABSTRACT = "Archives closed, fieldwork out of reach.";

  @Test
  void aBlankSearchFindsEverything() {
    assertTrue(TopicSearch.of(null).matches(TITLE, KEYWORDS, ABSTRACT));
    assertTrue(TopicSearch.of("  ").matches(TITLE, KEYWORDS, ABSTRACT));
  }

  @Test
  void wordsAreFoundWithoutCaseOrDiacriticsInTitleKeywordsAndAbstract() {
    assertTrue(TopicSearch.of("stiintele").matches(TITLE, KEYWORDS, ABSTRACT));
    assertTrue(TopicSearch.of("ЕНЕРГ").matches(TITLE, KEYWORDS, ABSTRACT));
    assertTrue(TopicSearch.of("moldova fieldwork").matches(TITLE, KEYWORDS, ABSTRACT));
  }

  @Test
  void everyWordMustBeFound() {
    assertFalse(TopicSearch.of("moldova sanctions").matches(TITLE, KEYWORDS, ABSTRACT));
  }
}
