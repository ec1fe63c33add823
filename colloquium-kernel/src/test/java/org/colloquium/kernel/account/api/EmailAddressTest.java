package org.colloquium.kernel.account.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void normalisesCaseAndSurroundingWhitespace() {
    assertEquals(
        Optional.of(new EmailAddress("ana.popescu@unibuc.ro")),
        EmailAddress.parse("  Ana.Popescu@UniBuc.RO \t"));
  }

  @Test
  void sameAddressTypedDifferentlyIsEqual() {
    assertEquals(EmailAddress.parse("ION@EXAMPLE.ORG"), EmailAddress.parse("ion@example.org"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "ana.unibuc.ro",
        "ana@@unibuc.ro",
        "ana@uni@buc.ro",
        "ana popescu@unibuc.ro",
        "ana@uni buc.ro",
        "ana@localhost",
        "ana@unibuc.",
        "ana@.ro",
        "@unibuc.ro",
        "ana@"
      })
  void rejectsMalformedAddresses(String raw) {
    assertTrue(EmailAddress.parse(raw).isEmpty(), () -> "accepted " + raw);
  }

  @Test
  void acceptsExactly254Characters() {
    String address = "a@" + "b".repeat(254 - 5) + ".ro";
    assertEquals(254, address.length());
    assertTrue(EmailAddress.parse(address).isPresent());
  }

  @Test
  void rejectsMoreThan254Characters() {
    String address = "a@" + "b".repeat(255 - 5) + ".ro";
    assertEquals(255, address.length());
    assertTrue(EmailAddress.parse(address).isEmpty());
  }

  @Test
  void rejectsLocalPartLongerThan64Characters() {
    assertTrue(EmailAddress.parse("a".repeat(64) + "@unibuc.ro").isPresent());
    assertTrue(EmailAddress.parse("a".repeat(65) + "@unibuc.ro").isEmpty());
  }

  @Test
  void localPartIsTheTextBeforeTheAt() {
    assertEquals(
        "ana.popescu", EmailAddress.parse("Ana.Popescu@unibuc.ro").orElseThrow().localPart());
  }

  @Test
  void constructorRefusesAnAddressThatIsNotNormalised() {
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress("Ana@unibuc.ro"));
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress(" ana@unibuc.ro"));
  }
}
