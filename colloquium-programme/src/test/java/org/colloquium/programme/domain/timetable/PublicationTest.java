package org.colloquium.programme.domain.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.PublicationView.Choice;
import org.junit.jupiter.api.Test;

class PublicationTest {

  private static final ProgrammeContribution TALK =
      new ProgrammeContribution(
          7L,
          3L,
          12,
          "Școlarizare și migrație",
          "Text of the *abstract*.",
          List.of("migrație"),
          "ro",
          5L,
          "Paper",
          false,
          null,
          Instant.parse("2023-11-09T08:00:00Z"),
          Instant.parse("2023-11-09T08:20:00Z"),
          List.of(
              new ProgrammeAuthor("Ana Țurcanu", "Țurcanu", "CCSM", "MD", true),
              new ProgrammeAuthor("Олена Бондар", "Бондар", "НАН України", "UA", false)));

  @Test
  void everythingIsShownUnlessTheAuthorsSaidOtherwise() {
    assertSame(TALK, Publication.shown(TALK, Choice.EVERYTHING));
  }

  @Test
  void withoutTheAbstractTheRestStays() {
    ProgrammeContribution shown = Publication.shown(TALK, new Choice(false, true));
    assertNull(shown.abstractMarkdown());
    assertEquals(TALK.authors(), shown.authors());
    assertEquals(TALK.title(), shown.title());
    assertEquals(TALK.keywords(), shown.keywords());
    assertEquals(TALK.start(), shown.start());
  }

  @Test
  void withoutAffiliationsTheNamesAndWhoPresentsStay() {
    ProgrammeContribution shown = Publication.shown(TALK, new Choice(true, false));
    assertEquals(TALK.abstractMarkdown(), shown.abstractMarkdown());
    assertEquals(
        List.of("Ana Țurcanu", "Олена Бондар"),
        shown.authors().stream().map(ProgrammeAuthor::fullName).toList());
    assertEquals(
        List.of(true, false), shown.authors().stream().map(ProgrammeAuthor::presenting).toList());
    assertEquals(
        List.of("Țurcanu", "Бондар"),
        shown.authors().stream().map(ProgrammeAuthor::familyName).toList());
    shown.authors().forEach(a -> assertNull(a.affiliation()));
    shown.authors().forEach(a -> assertNull(a.country(), "a country says where one works"));
  }

  @Test
  void neither() {
    ProgrammeContribution shown = Publication.shown(TALK, new Choice(false, false));
    assertNull(shown.abstractMarkdown());
    shown.authors().forEach(a -> assertNull(a.affiliation()));
  }
}
