package org.colloquium.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"20-months-after", "abc", "a1b", "2026", "icl-2026-iasi", "x-y"})
  void acceptsLowerCaseLettersDigitsAndSingleHyphens(String slug) {
    assertTrue(Slug.isValid(slug), slug);
    assertEquals(slug, new Slug(slug).value());
  }

  @Test
  void acceptsThreeToEightyCharacters() {
    assertTrue(Slug.isValid("a".repeat(3)));
    assertTrue(Slug.isValid("a".repeat(80)));
    assertFalse(Slug.isValid("a".repeat(2)));
    assertFalse(Slug.isValid("a".repeat(81)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Conference-2026",
        "ICL",
        "my conference",
        " abc",
        "abc ",
        "-abc",
        "abc-",
        "ab--cd",
        "conferință",
        "iași-2026",
        "конференция",
        "a_b_c",
        "a.b.c",
        "abc/def",
        "ab"
      })
  void rejectsEverythingElse(String slug) {
    assertFalse(Slug.isValid(slug), slug);
  }

  @Test
  void constructorRefusesAnInvalidSlug() {
    assertThrows(IllegalArgumentException.class, () -> new Slug("Not A Slug"));
  }
}
