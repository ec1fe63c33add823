package org.colloquium.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbstractRulesTest {

  private final List<Problem> problems = new ArrayList<>();

  private AbstractRules rules(Integer words, Integer min, Integer max, Integer mb) {
    return AbstractRules.of(words, min, max, true, false, PdfPolicy.OPTIONAL, mb, problems);
  }

  @Test
  void theDefaultsAreThreeHundredWordsThreeToFiveKeywordsAndAnOptionalPdfOfTenMegabytes() {
    AbstractRules d = AbstractRules.DEFAULT;
    assertEquals(300, d.wordLimit());
    assertEquals(3, d.minKeywords());
    assertEquals(5, d.maxKeywords());
    assertEquals(PdfPolicy.OPTIONAL, d.pdfPolicy());
    assertEquals(10, d.maxFileMb());
    assertTrue(d.keywordsRequired());
  }

  @Test
  void acceptsRulesWithinTheRanges() {
    AbstractRules r = rules(50, 0, 20, 50);
    assertEquals(List.of(), problems);
    assertTrue(r.trackRequired());
    assertFalse(r.typeRequired());
    assertFalse(r.keywordsRequired());
    assertTrue(r.asksForKeywords());
    assertEquals(5000, rules(5000, 0, 0, 1).wordLimit());
    assertFalse(rules(5000, 0, 0, 1).asksForKeywords());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 49, 5001})
  void theWordLimitIsBetweenFiftyAndFiveThousand(int words) {
    assertNull(rules(words, 3, 5, 10));
    assertEquals(List.of(Problem.of("wordLimit", "call.wordLimit.range", 50, 5000)), problems);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 21})
  void atMostTwentyKeywords(int max) {
    assertNull(rules(300, 0, max, 10));
    assertEquals("maxKeywords", problems.get(0).field());
  }

  @Test
  void theMinimumOfKeywordsIsNotAboveTheMaximum() {
    assertNull(rules(300, 6, 5, 10));
    assertEquals(List.of(Problem.of("minKeywords", "call.minKeywords.aboveMax")), problems);
    problems.clear();
    assertNull(rules(300, -1, 5, 10));
    assertEquals(List.of(Problem.of("minKeywords", "call.minKeywords.negative")), problems);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 51})
  void theFileSizeIsBetweenOneAndFiftyMegabytes(int mb) {
    assertNull(rules(300, 3, 5, mb));
    assertEquals(List.of(Problem.of("maxFileMb", "call.maxFileMb.range", 50)), problems);
  }

  @Test
  void missingNumbersAreReportedOnTheirFields() {
    assertNull(AbstractRules.of(null, null, null, false, false, null, null, problems));
    assertEquals(
        List.of("wordLimit", "minKeywords", "maxKeywords", "pdfPolicy", "maxFileMb"),
        problems.stream().map(Problem::field).toList());
  }

  @Test
  void noFileSizeIsNeededWhenNoPdfIsAllowed() {
    AbstractRules r =
        AbstractRules.of(300, 3, 5, false, false, PdfPolicy.NOT_ALLOWED, null, problems);
    assertEquals(List.of(), problems);
    assertEquals(PdfPolicy.NOT_ALLOWED, r.pdfPolicy());
  }

  @Test
  void theConstructorRefusesRulesOutOfRange() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AbstractRules(10, 3, 5, false, false, PdfPolicy.OPTIONAL, 10));
    assertThrows(
        NullPointerException.class, () -> new AbstractRules(300, 3, 5, false, false, null, 10));
  }
}
