package org.colloquium.reviews.domain.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.ConflictKind;
import org.junit.jupiter.api.Test;

/** Institutions, affiliations, co-authors and authors, as the conflict rules find them. */
class ConflictRulesTest {

  @Test
  void anInstitutionIsTheRegistrableDomainAndPublicProvidersHaveNone() {
    assertEquals(Optional.of("uaic.ro"), EmailDomains.institution("ana@student.uaic.ro"));
    assertEquals(Optional.of("uaic.ro"), EmailDomains.institution("Ion@Info.UAIC.ro"));
    assertEquals(Optional.of("ox.ac.uk"), EmailDomains.institution("x@cs.ox.ac.uk"));
    assertEquals(Optional.of("unimelb.edu.au"), EmailDomains.institution("y@unimelb.edu.au"));
    assertEquals(Optional.of("knu.ua"), EmailDomains.institution("o@knu.ua"));
    for (String publicOne :
        List.of(
            "a@gmail.com",
            "a@yahoo.com",
            "a@yahoo.ro",
            "a@yahoo.co.uk",
            "a@hotmail.fr",
            "a@outlook.com",
            "a@ukr.net",
            "a@mail.ru",
            "a@proton.me",
            "a@gmx.de")) {
      assertEquals(Optional.empty(), EmailDomains.institution(publicOne), publicOne);
    }
    assertEquals(Optional.empty(), EmailDomains.institution("no-domain"));
    assertEquals(Optional.empty(), EmailDomains.institution("a@localhost"));
    assertEquals(Optional.empty(), EmailDomains.institution("a@ac.uk"), "a bare suffix");
    assertEquals(Optional.empty(), EmailDomains.institution("a@colloquium.example"), "RFC 2606");
    assertEquals(Optional.empty(), EmailDomains.institution("a@example.org"), "RFC 2606");
  }

  @Test
  void affiliationsWrittenTwoWaysMatchAndDifferentOnesDoNot() {
    assertEquals(
        Affiliations.normalise("Universitatea „Alexandru Ioan Cuza” din Iași"),
        Affiliations.normalise("Alexandru Ioan Cuza University of Iasi"));
    assertEquals(
        Affiliations.normalise("University of Bucharest"),
        Affiliations.normalise("Universitatea din București"));
    assertFalse(
        Affiliations.normalise("Universitatea Babeș-Bolyai, Cluj-Napoca")
            .equals(Affiliations.normalise("Universitatea Iuliu Hațieganu, Cluj-Napoca")));
    assertFalse(
        Affiliations.normalise("Moldova State University")
            .equals(Affiliations.normalise("Technical University of Moldova")));
    assertEquals(
        Optional.of("київський шевченка"),
        Affiliations.normalise("Київський національний університет імені Шевченка"));
    for (String nothing : List.of("", "  ", "Independent", "N/A", "-", "University", "Dept. of")) {
      assertEquals(Optional.empty(), Affiliations.normalise(nothing), nothing);
    }
  }

  private static Person author(String name, String email, String affiliation) {
    return new Person(null, email, name, affiliation);
  }

  @Test
  void theRulesNameEveryKindOnceWithWhatTheyFoundItOn() {
    Person reviewer =
        new Person(7L, "elena@info.uaic.ro", "Elena Popa", "Univ. Alexandru Ioan Cuza, Iași");
    SubmissionPeople submission =
        new SubmissionPeople(
            10,
            List.of(
                author("Ion Rusu", "ion@student.uaic.ro", "Moldova State University"),
                author("Maria Stan", "maria@gmail.com", "Alexandru Ioan Cuza University of Iasi"),
                author("Petro Koval", "petro@knu.ua", "Taras Shevchenko National University")));
    CoAuthorship history =
        CoAuthorship.of(
            List.of(
                new SubmissionPeople(3, List.of(reviewer, author("P", "petro@knu.ua", null))),
                submission));
    List<FoundConflict> found = ConflictRules.between(reviewer, submission, history);
    assertEquals(
        List.of(
            new FoundConflict(ConflictKind.SAME_EMAIL_DOMAIN, "uaic.ro"),
            new FoundConflict(
                ConflictKind.SAME_AFFILIATION, "Alexandru Ioan Cuza University of Iasi"),
            new FoundConflict(ConflictKind.CO_AUTHOR, "Petro Koval")),
        found);
  }

  @Test
  void aReviewerWhoIsAnAuthorIsFoundByAccountOrAddress() {
    SubmissionPeople submission =
        new SubmissionPeople(5, List.of(new Person(9L, "Old@Example.org", "Ana Ionescu", null)));
    assertEquals(
        ConflictKind.IS_AUTHOR,
        ConflictRules.between(
                new Person(9L, "new@other.org", "Ana Ionescu", null),
                submission,
                CoAuthorship.of(List.of()))
            .get(0)
            .kind());
    assertEquals(
        ConflictKind.IS_AUTHOR,
        ConflictRules.between(
                new Person(1L, "old@example.org", "Ana", null),
                submission,
                CoAuthorship.of(List.of()))
            .get(0)
            .kind());
  }

  @Test
  void sharingOnlyAPublicProviderOrTheSubmissionItselfIsNoConflict() {
    Person reviewer = new Person(1L, "r@gmail.com", "R", null);
    Person other = author("A", "a@gmail.com", null);
    SubmissionPeople submission = new SubmissionPeople(4, List.of(other));
    assertTrue(
        ConflictRules.between(reviewer, submission, CoAuthorship.of(List.of(submission)))
            .isEmpty());
    // writing together the very submission under review is authorship, not co-authorship of
    // another work: the co-author rule looks only at other submissions
    CoAuthorship sameOnly =
        CoAuthorship.of(List.of(new SubmissionPeople(4, List.of(reviewer, other))));
    assertEquals(Optional.empty(), sameOnly.together(reviewer, other, 4));
    assertEquals(Optional.of(4L), sameOnly.together(reviewer, other, 99));
  }
}
