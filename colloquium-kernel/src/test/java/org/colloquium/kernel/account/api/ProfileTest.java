package org.colloquium.kernel.account.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileTest {

  private final List<Problem> problems = new ArrayList<>();

  private Profile valid(String name, String affiliation, String country, String orcid) {
    Profile profile = Profile.fromInput(name, affiliation, country, orcid, Language.RO, problems);
    assertEquals(List.of(), problems);
    assertNotNull(profile);
    return profile;
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void nameIsRequired(String name) {
    assertNull(Profile.fromInput(name, null, null, null, Language.EN, problems));
    assertEquals(List.of(Problem.of("fullName", "profile.fullName.required")), problems);
  }

  @Test
  void nameOfTwoHundredCharactersIsAcceptedButNotLonger() {
    valid("A".repeat(200), null, null, null);
    assertNull(Profile.fromInput("A".repeat(201), null, null, null, Language.EN, problems));
    assertEquals(List.of(Problem.of("fullName", "profile.fullName.tooLong", 200)), problems);
  }

  @Test
  void surroundingWhitespaceDoesNotCountTowardsTheNameLimit() {
    assertEquals(
        "A".repeat(200), valid("  " + "A".repeat(200) + "  ", null, null, null).fullName());
  }

  @Test
  void affiliationOfMoreThanThreeHundredCharactersIsTooLong() {
    valid("Ana Popescu", "U".repeat(300), null, null);
    assertNull(
        Profile.fromInput("Ana Popescu", "U".repeat(301), null, null, Language.EN, problems));
    assertEquals(List.of(Problem.of("affiliation", "profile.affiliation.tooLong", 300)), problems);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "ROU", "Romania", "R"})
  void unknownCountryCodeIsReported(String country) {
    assertNull(Profile.fromInput("Ana Popescu", null, country, null, Language.EN, problems));
    assertEquals(List.of(Problem.of("country", "profile.country.unknown")), problems);
  }

  @Test
  void invalidOrcidIsReported() {
    assertNull(
        Profile.fromInput("Ana Popescu", null, null, "0000-0002-1825-0098", Language.EN, problems));
    assertEquals(List.of(Problem.of("orcid", "profile.orcid.invalid")), problems);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Profile profile =
        Profile.fromInput(" ", "U".repeat(301), "XX", "not-an-orcid", Language.EN, problems);
    assertNull(profile);
    assertEquals(
        List.of("fullName", "affiliation", "country", "orcid"),
        problems.stream().map(Problem::field).toList());
  }

  @Test
  void keepsProblemsTheCallerFoundBefore() {
    Problem earlier = Problem.of("password", "password.tooShort", 10);
    problems.add(earlier);
    Profile.fromInput("", null, null, null, Language.EN, problems);
    assertEquals(List.of(earlier, Problem.of("fullName", "profile.fullName.required")), problems);
  }

  @Test
  void normalisesCountryAndBlanks() {
    Profile profile = valid("  Ana Popescu ", "   ", " ro ", "  ");
    assertEquals("Ana Popescu", profile.fullName());
    assertNull(profile.affiliation());
    assertEquals("RO", profile.country());
    assertNull(profile.orcid());
    assertEquals(Language.RO, profile.language());
  }

  @Test
  void blankCountryBecomesNull() {
    assertNull(valid("Ana Popescu", null, "  ", null).country());
  }

  @Test
  void stripsAffiliationAndNormalisesOrcid() {
    Profile profile =
        valid(
            "Ana Popescu",
            "  University of Bucharest ",
            "RO",
            "https://orcid.org/0000000218250097");
    assertEquals("University of Bucharest", profile.affiliation());
    assertEquals(new Orcid("0000-0002-1825-0097"), profile.orcid());
  }

  @Test
  void missingLanguageFallsBackToEnglish() {
    Profile profile = Profile.fromInput("Ana Popescu", null, null, null, null, problems);
    assertEquals(Language.EN, profile.language());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ștefan Țăranu-Îndrieș", "Наталья Иванова", "Ioana Mărculescu-Âmbru"})
  void namesInAnyScriptAreKeptAsTyped(String name) {
    assertEquals(name, valid(name, "Universitatea „Alexandru Ioan Cuza”", null, null).fullName());
  }
}
