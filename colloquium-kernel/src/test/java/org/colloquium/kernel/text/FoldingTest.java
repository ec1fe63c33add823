package org.colloquium.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void romanianLettersLoseTheirMarksBothSpellingsAlike() {
    // ș and ț with comma below (correct) and ş, ţ with cedilla (older keyboards)
    assertEquals("Stefan Tugui", Folding.withoutMarks("Ștefan Țugui"));
    assertEquals("Stefan Tugui", Folding.withoutMarks("Ştefan Ţugui"));
    assertEquals("aaisAAIS", Folding.withoutMarks("ăâîșĂÂÎȘ"));
  }

  @Test
  void comparableTextIsLowerCaseWithoutMarks() {
    assertEquals("scoala de vara", Folding.comparable("ȘCOALA de Vară"));
  }

  @Test
  void slugsAreAsciiWordsJoinedByOneDash() {
    assertEquals(
        "call-for-papers-scoala-de-vara", Folding.slug("Call for Papers: Școala de vară!"));
    assertEquals("a-b", Folding.slug("--a -- b--"));
    assertEquals("", Folding.slug(null));
    assertEquals("", Folding.slug("Конференция"), "letters without a decomposition are dropped");
  }
}
