package org.colloquium.programme.domain.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeedTextTest {

  @Test
  void markdownLosesItsMarkupButKeepsLinkAddresses() {
    String markdown =
        "## Rezumat\n\nStudiul **urmărește** *evoluția* lui `ea` în"
            + " [Codicele Voronețean](https://example.ro/cv).\n\n\n\n> Citat ![hartă](h.png)";

    assertEquals(
        "Rezumat\n\nStudiul urmărește evoluția lui ea în Codicele Voronețean"
            + " (https://example.ro/cv).\n\nCitat hartă",
        FeedText.plain(markdown));
  }

  @Test
  void slugsAreAsciiWordsWithoutDiacritics() {
    assertEquals(
        "tesatura-si-sirul-in-textele-vechi",
        FeedText.slug("Țesătura și șirul în textele „vechi”", 60));
    assertEquals("", FeedText.slug("Вопросы фонетики", 60));
    assertEquals("abc-def", FeedText.slug("abc def ghi", 8));
  }

  @Test
  void xmlDropsOnlyWhatXmlCannotHold() {
    assertEquals("a\tb\nc😀<&>", FeedText.xml("a\u0000\tb\n\u001Fc\uFFFE😀<&>"));
  }
}
