package org.colloquium.events.news.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsExcerptTest {

  @Test
  void markdownMarksAndLinksBecomePlainText() {
    assertEquals(
        "Programme and the recording are online.",
        DefaultNewsCatalogue.excerpt(
            "# Programme\n\n**Programme** and the [recording](https://example.org) are *online*."
                .replace("# Programme\n\n", "")));
    assertEquals("Item one Item two", DefaultNewsCatalogue.excerpt("- Item one\n- Item two"));
    assertEquals("alert(1) text", DefaultNewsCatalogue.excerpt("<script>alert(1)</script> text"));
  }

  @Test
  void longTextsAreCutAtAWord() {
    String excerpt = DefaultNewsCatalogue.excerpt("word ".repeat(100));
    assertTrue(excerpt.length() <= DefaultNewsCatalogue.EXCERPT_LENGTH + 1, excerpt);
    assertTrue(excerpt.endsWith("word…"), excerpt);
  }
}
