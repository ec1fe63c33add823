package org.colloquium.kernel.account.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidTest {

  @ParameterizedTest
  @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-9079-593X"})
  void acceptsValidIds(String id) {
    assertEquals(id, Orcid.parse(id).orElseThrow().value());
  }

  @Test
  void acceptsTheOrcidUriPrefix() {
    assertEquals(
        "0000-0002-1825-0097",
        Orcid.parse("https://orcid.org/0000-0002-1825-0097").orElseThrow().value());
    assertEquals(
        "0000-0001-5109-3700",
        Orcid.parse("  HTTP://ORCID.ORG/0000-0001-5109-3700 ").orElseThrow().value());
    assertEquals(
        "0000-0001-5109-3700", Orcid.parse("orcid.org/0000-0001-5109-3700").orElseThrow().value());
  }

  @Test
  void acceptsDigitsWithoutHyphensAndAddsThem() {
    assertEquals("0000-0002-1825-0097", Orcid.parse("0000000218250097").orElseThrow().value());
  }

  @Test
  void acceptsCheckCharacterXInEitherCase() {
    assertEquals("0000-0002-9079-593X", Orcid.parse("0000-0002-9079-593x").orElseThrow().value());
    assertEquals("0000-0002-9079-593X", Orcid.parse("000000029079593X").orElseThrow().value());
  }

  @Test
  void computesTheIsoMod112CheckCharacter() {
    assertEquals('7', Orcid.checkCharacter("000000021825009"));
    assertEquals('0', Orcid.checkCharacter("000000015109370"));
    assertEquals('X', Orcid.checkCharacter("000000029079593"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-0002-1825-0098", // check digit changed
        "0000-0002-1825-1097", // a digit changed
        "0000-0002-1852-0097", // neighbouring digits swapped
        "0000-0002-9079-5930" // X replaced by a digit
      })
  void rejectsWrongCheckDigit(String id) {
    assertTrue(Orcid.parse(id).isEmpty(), () -> "accepted " + id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "0000-0002-1825-009",
        "0000-0002-1825-00970",
        "000000021825009",
        "00000002182500970",
        "0000-0002-1825",
        "0000-000A-1825-0097",
        "abcd-efgh-ijkl-mnop",
        "0000-0002-X825-0097",
        "0000 0002 1825 0097",
        "https://example.org/0000-0002-1825-0097"
      })
  void rejectsWrongLengthLettersAndOtherShapes(String id) {
    assertTrue(Orcid.parse(id).isEmpty(), () -> "accepted " + id);
  }

  @Test
  void uriIsTheCanonicalOrcidAddress() {
    assertEquals(
        "https://orcid.org/0000-0002-1825-0097",
        Orcid.parse("0000000218250097").orElseThrow().uri());
  }

  @Test
  void constructorRefusesAnInvalidId() {
    assertThrows(IllegalArgumentException.class, () -> new Orcid("0000-0002-1825-0098"));
    assertThrows(IllegalArgumentException.class, () -> new Orcid("0000000218250097"));
  }
}
