package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.SubmissionInput;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

  private static final AbstractRules RULES =
      new AbstractRules(50, 2, 4, true, false, PdfPolicy.OPTIONAL, 10);
  private static final SubmissionRules.Choices CHOICES =
      new SubmissionRules.Choices(Set.of(1L, 2L), Set.of(7L));

  private static final AuthorEntry ANA =
      new AuthorEntry(
          "Ana-Maria Ionescu",
          "Ana.Ionescu@Example.org",
          "Universitatea din București",
          "ro",
          "0000-0002-1825-0097",
          true,
          true);
  private static final AuthorEntry OLEKSANDR =
      new AuthorEntry(
          "Олександр Шевченко",
          "o.shevchenko@example.ua",
          "Київський університет",
          "UA",
          null,
          false,
          false);

  private static String words(int n) {
    return String.join(" ", Collections.nCopies(n, "cuvânt"));
  }

  private static SubmissionInput complete() {
    return new SubmissionInput(
        "  Memoria traumei în literatura română  ",
        words(40),
        List.of("memorie", "traumă", "Memorie"),
        1L,
        7L,
        "RO",
        List.of(ANA, OLEKSANDR));
  }

  private static List<Problem> problems(SubmissionInput input, boolean complete) {
    List<Problem> problems = new ArrayList<>();
    SubmissionContent content = SubmissionRules.check(input, RULES, CHOICES, complete, problems);
    assertEquals(problems.isEmpty(), content != null, "content is returned exactly when valid");
    return problems;
  }

  private static List<String> keys(List<Problem> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
  }

  @Test
  void aCompleteFormIsAcceptedAndNormalised() {
    List<Problem> problems = new ArrayList<>();
    SubmissionContent content = SubmissionRules.check(complete(), RULES, CHOICES, true, problems);

    assertNotNull(content, () -> problems.toString());
    assertEquals("Memoria traumei în literatura română", content.title());
    assertEquals(
        List.of("memorie", "traumă"), content.keywords(), "case-insensitive duplicate dropped");
    assertEquals("ro", content.language());
    assertEquals("ana.ionescu@example.org", content.authors().get(0).email().value());
    assertEquals("RO", content.authors().get(0).country());
    assertEquals("0000-0002-1825-0097", content.authors().get(0).orcid().value());
    assertTrue(content.authors().get(0).presenting());
  }

  @Test
  void aDraftNeedsOnlyATitle() {
    SubmissionInput draft =
        new SubmissionInput("Only a title", null, List.of(), null, null, null, List.of());
    assertEquals(List.of(), problems(draft, false));
    assertEquals(
        List.of(
            "abstract:submission.abstract.required",
            "keywords:submission.keywords.tooFew",
            "track:submission.track.required",
            "language:submission.language.required",
            "authors:submission.authors.required"),
        keys(problems(draft, true)));
  }

  @Test
  void aTitleIsAlwaysRequired() {
    SubmissionInput input = new SubmissionInput("   ", null, null, null, null, null, null);
    assertEquals(List.of("title:submission.title.required"), keys(problems(input, false)));
  }

  @Test
  void theWordLimitIsEnforcedOnSubmitWithTheCountAndTheLimit() {
    SubmissionInput input = withAbstract(words(51));
    List<Problem> problems = problems(input, true);
    assertEquals(List.of("abstract:submission.abstract.tooManyWords"), keys(problems));
    assertEquals(List.of(51, 50), problems.get(0).arguments());
    assertEquals(List.of(), problems(withAbstract(words(50)), true), "exactly at the limit");
    assertEquals(List.of(), problems(input, false), "a draft may be over the limit for now");
  }

  @Test
  void authorFieldsAreCheckedOnTheirOwnRow() {
    AuthorEntry bad =
        new AuthorEntry("", "not-an-address", null, "XX", "0000-0002-1825-0098", false, false);
    SubmissionInput input = withAuthors(List.of(ANA, bad));
    assertEquals(
        List.of(
            "authors.1.name:submission.author.name.required",
            "authors.1.email:submission.author.email.invalid",
            "authors.1.country:submission.author.country.unknown",
            "authors.1.orcid:submission.author.orcid.invalid"),
        keys(problems(input, false)));
  }

  @Test
  void theSameAddressTwiceIsADuplicateCoAuthorWhateverTheCase() {
    AuthorEntry again =
        new AuthorEntry("Ana Ionescu", " ANA.IONESCU@example.org ", null, null, null, false, false);
    assertEquals(
        List.of("authors.1.email:submission.author.email.duplicate"),
        keys(problems(withAuthors(List.of(ANA, again)), false)));
  }

  @Test
  void blankRowsAreNotAuthorsAndKeepTheIndexOfLaterRows() {
    AuthorEntry noEmail = new AuthorEntry("Ion Popescu", "", null, null, null, false, false);
    List<Problem> problems =
        problems(withAuthors(List.of(ANA, AuthorEntry.blank(), noEmail)), false);
    assertEquals(List.of("authors.2.email:submission.author.email.required"), keys(problems));
  }

  @Test
  void exactlyOnePresentingAuthorOnSubmit() {
    AuthorEntry secondPresenter =
        new AuthorEntry("Ion Popescu", "ion@example.org", null, null, null, true, false);
    assertEquals(
        List.of("authors:submission.authors.onePresenter"),
        keys(problems(withAuthors(List.of(ANA, secondPresenter)), false)));
    AuthorEntry notPresenting =
        new AuthorEntry("Ion Popescu", "ion@example.org", null, null, null, false, false);
    assertEquals(
        List.of("authors:submission.authors.presenterRequired"),
        keys(problems(withAuthors(List.of(notPresenting)), true)));
    assertEquals(List.of(), problems(withAuthors(List.of(notPresenting)), false));
  }

  @Test
  void tracksAndTypesMustBeTheEventsOwn() {
    SubmissionInput input =
        new SubmissionInput("T", words(10), List.of("a", "b"), 99L, 98L, "en", List.of(ANA));
    assertEquals(
        List.of("track:submission.track.unknown", "type:submission.type.unknown"),
        keys(problems(input, false)));
  }

  @Test
  void aRequiredTrackIsNotRequiredWhenTheEventHasNone() {
    SubmissionInput input =
        new SubmissionInput("T", words(10), List.of("a", "b"), null, null, "en", List.of(ANA));
    List<Problem> problems = new ArrayList<>();
    assertNotNull(
        SubmissionRules.check(
            input, RULES, new SubmissionRules.Choices(Set.of(), Set.of()), true, problems),
        () -> problems.toString());
  }

  @Test
  void keywordsWithinTheCallsLimits() {
    assertEquals(
        List.of("keywords:submission.keywords.tooMany"),
        keys(problems(withKeywords(List.of("a", "b", "c", "d", "e")), false)));
    assertEquals(
        List.of("keywords:submission.keywords.tooLong"),
        keys(problems(withKeywords(List.of("a", "x".repeat(101))), false)));
    assertEquals(List.of(), problems(withKeywords(List.of(" a ", "", "b")), true));
  }

  @Test
  void anUnknownLanguageCodeIsRefused() {
    SubmissionInput input =
        new SubmissionInput("T", words(10), List.of("a", "b"), 1L, null, "xx", List.of(ANA));
    assertEquals(List.of("language:submission.language.unknown"), keys(problems(input, false)));
  }

  @Test
  void tooManyAuthorsIsOneProblem() {
    List<AuthorEntry> many = new ArrayList<>();
    for (int i = 0; i <= SubmissionRules.MAX_AUTHORS; i++) {
      many.add(
          new AuthorEntry("A " + i, "a" + i + "@example.org", null, null, null, i == 0, false));
    }
    assertEquals(
        List.of("authors:submission.authors.tooMany"), keys(problems(withAuthors(many), false)));
  }

  @Test
  void nothingIsReturnedWhenSomethingIsWrong() {
    List<Problem> problems = new ArrayList<>();
    assertNull(
        SubmissionRules.check(
            new SubmissionInput(null, null, null, null, null, null, null),
            RULES,
            CHOICES,
            false,
            problems));
    assertEquals(1, problems.size());
  }

  private static SubmissionInput withConflicts(java.util.Map<Long, String> conflicts) {
    SubmissionInput c = complete();
    return new SubmissionInput(
        c.title(),
        c.abstractText(),
        c.keywords(),
        c.trackId(),
        c.presentationTypeId(),
        c.language(),
        c.authors(),
        conflicts);
  }

  private static final SubmissionRules.Choices WITH_COMMITTEE =
      new SubmissionRules.Choices(Set.of(1L, 2L), Set.of(7L), Set.of(40L, 41L));

  @Test
  void declaredConflictsKeepTheirReasonsForCommitteeMembersOnly() {
    List<Problem> problems = new ArrayList<>();
    SubmissionContent content =
        SubmissionRules.check(
            withConflicts(java.util.Map.of(40L, "  my supervisor ", 99L, "not on the committee")),
            RULES,
            WITH_COMMITTEE,
            true,
            problems);
    assertEquals(List.of(), problems);
    assertEquals(java.util.Map.of(40L, "my supervisor"), content.declaredConflicts());
  }

  @Test
  void aTickedMemberNeedsAShortReason() {
    List<Problem> problems = new ArrayList<>();
    SubmissionRules.check(
        withConflicts(java.util.Map.of(40L, " ", 41L, "x".repeat(301))),
        RULES,
        WITH_COMMITTEE,
        false,
        problems);
    assertEquals(
        List.of(
            "conflicts:submission.conflicts.reasonRequired",
            "conflicts:submission.conflicts.reasonTooLong"),
        keys(problems));
  }

  @Test
  void withoutDeclaredConflictsTheyStayAsTheyAre() {
    List<Problem> problems = new ArrayList<>();
    SubmissionContent content =
        SubmissionRules.check(complete(), RULES, WITH_COMMITTEE, true, problems);
    assertEquals(null, content.declaredConflicts());
  }

  private static SubmissionInput withAbstract(String text) {
    SubmissionInput c = complete();
    return new SubmissionInput(
        c.title(),
        text,
        c.keywords(),
        c.trackId(),
        c.presentationTypeId(),
        c.language(),
        c.authors());
  }

  private static SubmissionInput withAuthors(List<AuthorEntry> authors) {
    SubmissionInput c = complete();
    return new SubmissionInput(
        c.title(),
        c.abstractText(),
        c.keywords(),
        c.trackId(),
        c.presentationTypeId(),
        c.language(),
        authors);
  }

  private static SubmissionInput withKeywords(List<String> keywords) {
    SubmissionInput c = complete();
    return new SubmissionInput(
        c.title(),
        c.abstractText(),
        keywords,
        c.trackId(),
        c.presentationTypeId(),
        c.language(),
        c.authors());
  }

  @Test
  void aCompleteSubmissionNeedsThePdfTheCallRequiresADraftMayWait() {
    AbstractRules required = new AbstractRules(50, 2, 4, true, false, PdfPolicy.REQUIRED, 10);
    assertEquals(
        "submission.file.required",
        SubmissionRules.missingPdf(required, true, false).orElseThrow().messageKey());
    assertTrue(SubmissionRules.missingPdf(required, false, false).isEmpty(), "a draft");
    assertTrue(SubmissionRules.missingPdf(required, true, true).isEmpty(), "with its PDF");
    assertTrue(SubmissionRules.missingPdf(RULES, true, false).isEmpty(), "optional");
  }
}
