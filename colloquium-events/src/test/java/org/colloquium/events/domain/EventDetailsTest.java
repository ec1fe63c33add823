package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

/** The details of issue 3: slug changes, translations, series, links and copying an edition. */
class EventDetailsTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  private static Event event() {
    Event event =
        new Event(
            new Slug("annual-conference-iii"),
            "IIIrd Annual Conference",
            new EventSchedule(
                LocalDateTime.of(2026, 10, 22, 9, 0).atZone(BUCHAREST).toInstant(),
                LocalDateTime.of(2026, 10, 23, 18, 0).atZone(BUCHAREST).toInstant(),
                BUCHAREST),
            AttendanceMode.HYBRID,
            NOW);
    event.describe("Call for Papers", "The **English** description.");
    return event;
  }

  @Test
  void slugChangesWhileDraftOnly() {
    Event event = event();
    event.changeSlug(new Slug("annual-conference-3"));
    assertEquals("annual-conference-3", event.slug().value());
    event.publish();
    assertThrows(IllegalStateException.class, () -> event.changeSlug(new Slug("other-slug")));
    event.changeSlug(new Slug("annual-conference-3")); // the same slug is no change
    event.backToDraft();
    event.changeSlug(new Slug("other-slug"));
    assertEquals("other-slug", event.slug().value());
  }

  @Test
  void statusMovesOnlyAlongItsPaths() {
    Event event = event();
    assertThrows(IllegalStateException.class, event::archive);
    assertThrows(IllegalStateException.class, event::backToDraft);
    event.publish();
    assertThrows(IllegalStateException.class, event::publish);
    event.archive();
    assertEquals(EventStatus.ARCHIVED, event.status());
    event.publish();
    assertEquals(EventStatus.PUBLISHED, event.status());
  }

  @Test
  void visitorsGetTheTranslationWhereThereIsOne() {
    Event event = event();
    event.translate(
        Language.RO, new EventText("A III-a Conferință", "Apel", "Descrierea *română*"));
    LocalisedText romanian = event.textIn(Language.RO);
    assertEquals("A III-a Conferință", romanian.title());
    assertEquals("Apel", romanian.subtitle());
    assertEquals(Language.RO, romanian.language());
    assertEquals("Descrierea *română*", romanian.description());
    assertEquals(Language.RO, romanian.descriptionLanguage());

    LocalisedText english = event.textIn(Language.EN);
    assertEquals("IIIrd Annual Conference", english.title());
    assertEquals(Language.EN, english.language());
  }

  @Test
  void withoutATranslationVisitorsGetThePrimaryTextsMarkedWithTheirLanguage() {
    Event event = event();
    LocalisedText text = event.textIn(Language.RO);
    assertEquals("IIIrd Annual Conference", text.title());
    assertEquals(Language.EN, text.language());
    assertEquals(Language.EN, text.descriptionLanguage());
  }

  @Test
  void anUntranslatedDescriptionFallsBackAlone() {
    Event event = event();
    event.translate(Language.RO, new EventText("A III-a Conferință", " ", null));
    LocalisedText text = event.textIn(Language.RO);
    assertEquals("A III-a Conferință", text.title());
    assertNull(text.subtitle());
    assertEquals(Language.RO, text.language());
    assertEquals("The **English** description.", text.description());
    assertEquals(Language.EN, text.descriptionLanguage());
  }

  @Test
  void thePrimaryLanguageIsNoTranslation() {
    Event event = event();
    assertThrows(
        IllegalArgumentException.class,
        () -> event.translate(Language.EN, new EventText("x", null, null)));
    event.translate(Language.RO, new EventText("Titlu", null, null));
    event.writtenIn(Language.RO);
    assertTrue(event.translation(Language.RO).isEmpty(), "a translation into itself is dropped");
  }

  @Test
  void removingATranslation() {
    Event event = event();
    event.translate(Language.RO, new EventText("Titlu", null, null));
    event.translate(Language.RO, null);
    assertEquals("IIIrd Annual Conference", event.textIn(Language.RO).title());
  }

  @Test
  void editionNumbersArePositive() {
    Event event = event();
    assertThrows(IllegalArgumentException.class, () -> event.partOfSeries("Series", 0));
    assertThrows(IllegalArgumentException.class, () -> event.partOfSeries("Series", -2));
    event.partOfSeries("  Annual Conference  ", 3);
    assertEquals("Annual Conference", event.series());
    assertEquals(3, event.edition());
  }

  @Test
  void linksMustBeWebAddresses() {
    Event event = event();
    assertThrows(IllegalArgumentException.class, () -> event.mappedAt("javascript:alert(1)"));
    assertThrows(IllegalArgumentException.class, () -> event.streamedAt("ftp://example.org/x"));
    event.mappedAt("https://www.openstreetmap.org/#map=18/44.4/26.1");
    event.streamedAt(" ");
    assertNull(event.streamUrl());
    assertEquals("https://www.openstreetmap.org/#map=18/44.4/26.1", event.venueMapUrl());
  }

  @Test
  void theNextEditionCopiesTheEventsOwnFieldsAsADraft() {
    Event event = event();
    event.partOfSeries("Annual Conference", 3);
    event.holdAt("University of Bucharest", "Bd. Regina Elisabeta 4–12", AttendanceMode.HYBRID);
    event.mappedAt("https://www.openstreetmap.org/");
    event.streamedAt("https://stream.example.org/");
    event.contactAt(new EmailAddress("conference@example.org"));
    event.organisedBy(
        new Institution("Centre", "https://unibuc.ro/", "a".repeat(64)),
        List.of(new Institution("Nansen Institute", "https://www.fni.no/", "b".repeat(64))));
    event.translate(Language.RO, new EventText("A III-a Conferință", null, null));
    event.publish();

    Instant later = NOW.plusSeconds(3600);
    Event next =
        event.nextEdition(
            new Slug("annual-conference-iv"), new EditionShift(1, ChronoUnit.YEARS), later);

    assertEquals(EventStatus.DRAFT, next.status());
    assertEquals(4, next.edition());
    assertEquals("Annual Conference", next.series());
    assertEquals("IIIrd Annual Conference", next.title());
    assertEquals("The **English** description.", next.description());
    assertEquals("University of Bucharest", next.venueName());
    assertEquals("https://stream.example.org/", next.streamUrl());
    assertEquals("conference@example.org", next.contactEmail());
    assertEquals("Nansen Institute", next.partners().get(0).name());
    assertEquals("Centre", next.organiser().name());
    assertEquals("a".repeat(64), next.organiser().logo(), "the logos come along");
    assertEquals("b".repeat(64), next.partners().get(0).logo());
    assertEquals("A III-a Conferință", next.textIn(Language.RO).title());
    assertEquals(
        LocalDateTime.of(2027, 10, 22, 9, 0), next.schedule().localStart().toLocalDateTime());
    assertEquals(
        LocalDateTime.of(2027, 10, 23, 18, 0), next.schedule().localEnd().toLocalDateTime());
    assertEquals(BUCHAREST, next.schedule().zone());
  }
}
