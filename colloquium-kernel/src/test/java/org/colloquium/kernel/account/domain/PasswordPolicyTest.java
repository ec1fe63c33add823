package org.colloquium.kernel.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final EmailAddress ANA = new EmailAddress("ana.popescu@unibuc.ro");

  private static List<String> keys(List<Problem> problems) {
    return problems.stream().map(Problem::messageKey).toList();
  }

  @Test
  void nineCharactersAreTooShort() {
    List<Problem> problems = PasswordPolicy.check("river-plu", null, "password");
    assertEquals(List.of(Problem.of("password", "password.tooShort", 10)), problems);
  }

  @Test
  void exactlyTenCharactersAreEnough() {
    assertEquals(List.of(), PasswordPolicy.check("river-plum", null, "password"));
  }

  @Test
  void twoHundredCodePointsAreAllowedButNotMore() {
    String base = "correct horse battery staple ";
    String twoHundred = base.repeat(7).substring(0, 200);
    assertEquals(List.of(), PasswordPolicy.check(twoHundred, null, "password"));
    List<Problem> problems = PasswordPolicy.check(twoHundred + "x", null, "password");
    assertEquals(List.of(Problem.of("password", "password.tooLong", 200)), problems);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"password123", "PASSWORD123", "PassWord123", "Colloquium123", "parola12345"})
  void refusesPasswordsFromTheCommonListWhateverTheCase(String password) {
    assertEquals(List.of("password.tooCommon"), keys(PasswordPolicy.check(password, null, "p")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zzzzzzzzzzzz", "abababababab", "1212121212121", "!!!!!!!!!!??"})
  void refusesPasswordsOfOnlyOneOrTwoDistinctCharacters(String password) {
    assertEquals(List.of("password.tooCommon"), keys(PasswordPolicy.check(password, null, "p")));
  }

  @Test
  void threeDistinctCharactersAreNotRefusedForThat() {
    assertEquals(List.of(), PasswordPolicy.check("abcabcabcabc", null, "p"));
  }

  @Test
  void refusesTwoDistinctCharactersOutsideTheBasicPlane() {
    // Two distinct code points, but three distinct UTF-16 units (one shared high surrogate).
    String password = "😀a".repeat(5);
    assertEquals(List.of("password.tooCommon"), keys(PasswordPolicy.check(password, null, "p")));
  }

  @Test
  void refusesPasswordContainingTheEmailLocalPart() {
    assertEquals(
        List.of(Problem.of("password", "password.containsEmail")),
        PasswordPolicy.check("my-Ana.Popescu-2026", ANA, "password"));
  }

  @Test
  void ignoresEmailLocalPartShorterThanFourCharacters() {
    EmailAddress ion = new EmailAddress("ion@unibuc.ro");
    assertEquals(List.of(), PasswordPolicy.check("ion-likes-rivers", ion, "password"));
  }

  @Test
  void checksTheLocalPartOfExactlyFourCharacters() {
    EmailAddress dana = new EmailAddress("dana@unibuc.ro");
    assertEquals(
        List.of("password.containsEmail"),
        keys(PasswordPolicy.check("rivers-of-DANA", dana, "password")));
  }

  @Test
  void emailIsOptional() {
    assertEquals(List.of(), PasswordPolicy.check("ana.popescu-rivers", null, "password"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingPasswordIsRequiredAndNothingElse(String password) {
    assertEquals(
        List.of(Problem.of("newPassword", "password.required")),
        PasswordPolicy.check(password, ANA, "newPassword"));
  }

  @Test
  void reportsProblemsOnTheFieldItIsGiven() {
    List<Problem> problems = PasswordPolicy.check("short", null, "newPassword");
    assertEquals(1, problems.size());
    assertEquals("newPassword", problems.get(0).field());
    assertEquals(List.<Serializable>of(PasswordPolicy.MIN_LENGTH), problems.get(0).arguments());
  }

  @Test
  void tooShortAndTooCommonAreReportedTogether() {
    assertEquals(
        List.of("password.tooShort", "password.tooCommon"),
        keys(PasswordPolicy.check("aaaa", null, "p")));
  }

  @Test
  void romanianAndCyrillicLettersCountOnceEach() {
    assertEquals(List.of(), PasswordPolicy.check("ștrengărie", null, "p")); // 10 letters
    assertEquals(List.of(), PasswordPolicy.check("Здравствуй", null, "p")); // 10 letters
    assertEquals(List.of("password.tooShort"), keys(PasswordPolicy.check("ștrengări", null, "p")));
    assertEquals(List.of("password.tooShort"), keys(PasswordPolicy.check("Здравству", null, "p")));
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    // Nine characters, but 14 UTF-16 units: still too short.
    String nine = "🎓📚🔬🎻🌍abcd";
    assertEquals(9, nine.codePointCount(0, nine.length()));
    assertTrue(nine.length() >= 10);
    assertEquals(List.of("password.tooShort"), keys(PasswordPolicy.check(nine, null, "p")));
    // 200 emoji are 400 UTF-16 units but exactly the maximum.
    String twoHundred = "🎓📚🔬🎻".repeat(50);
    assertEquals(List.of(), PasswordPolicy.check(twoHundred, null, "p"));
  }
}
