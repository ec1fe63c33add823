package org.colloquium.kernel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void findsLanguagesByCodeIgnoringCaseAndSpaces() {
    assertEquals(Optional.of(Language.RO), Language.fromCode("ro"));
    assertEquals(Optional.of(Language.RO), Language.fromCode(" RO "));
    assertEquals(Optional.of(Language.EN), Language.fromCode("en"));
  }

  @Test
  void unknownOrMissingCodeIsEmpty() {
    assertEquals(Optional.empty(), Language.fromCode("de"));
    assertEquals(Optional.empty(), Language.fromCode("ro-RO"));
    assertEquals(Optional.empty(), Language.fromCode(""));
    assertEquals(Optional.empty(), Language.fromCode(null));
  }

  @Test
  void localeWithASupportedLanguageSelectsIt() {
    assertEquals(Language.RO, Language.of(Locale.forLanguageTag("ro-RO")));
    assertEquals(Language.RO, Language.of(Locale.forLanguageTag("ro-MD")));
    assertEquals(Language.EN, Language.of(Locale.UK));
  }

  @Test
  void otherLocalesFallBackToEnglish() {
    assertEquals(Language.EN, Language.of(Locale.GERMANY));
    assertEquals(Language.EN, Language.of(Locale.forLanguageTag("uk-UA")));
    assertEquals(Language.EN, Language.of(Locale.ROOT));
    assertEquals(Language.EN, Language.of(null));
    assertEquals(Language.EN, Language.fallback());
  }

  @Test
  void languageHasItsLocaleAndNativeName() {
    assertEquals(Locale.forLanguageTag("ro"), Language.RO.locale());
    assertEquals("Română", Language.RO.nativeName());
    assertEquals("ro", Language.RO.getCode());
  }
}
