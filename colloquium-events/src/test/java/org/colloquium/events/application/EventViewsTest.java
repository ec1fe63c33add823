package org.colloquium.events.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventText;
import org.colloquium.events.domain.LocalisedText;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

class EventViewsTest {

  private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  private static Event event() {
    return new Event(
        new Slug("summer-school"),
        "Summer School",
        new EventSchedule(
            Instant.parse("2026-07-01T06:00:00Z"),
            Instant.parse("2026-07-03T15:00:00Z"),
            ZoneId.of("Europe/Bucharest")),
        AttendanceMode.ONLINE,
        NOW);
  }

  @Test
  void scriptsInDescriptionsAreStrippedAndTheTextShownInTheVisitorsLanguage() {
    Event event = event();
    event.describe(null, "Hello <script>alert('x')</script> **world** [x](javascript:alert(1))");
    event.translate(
        Language.RO, new EventText("Școala de vară", null, "Bună <img src=x onerror=alert(1)>"));
    EventDetails english = EventViews.details(event, null, NOW, Language.EN);
    assertFalse(english.descriptionHtml().contains("<script"), english.descriptionHtml());
    assertFalse(english.descriptionHtml().contains("javascript:"), english.descriptionHtml());
    assertTrue(english.descriptionHtml().contains("<strong>world</strong>"));
    EventDetails romanian = EventViews.details(event, null, NOW, Language.RO);
    assertEquals("Școala de vară", romanian.summary().title());
    assertEquals(Language.RO, romanian.summary().language());
    assertEquals(Language.RO, romanian.descriptionLanguage());
    assertFalse(romanian.descriptionHtml().contains("<img"), romanian.descriptionHtml());
    assertFalse(romanian.descriptionHtml().contains("onerror="), romanian.descriptionHtml());
  }

  @Test
  void shareTextIsPlainAndShort() {
    String longText = "**Bold** start. " + "word ".repeat(100) + "<script>alert(1)</script>";
    String share =
        EventViews.shareText(new LocalisedText("T", "S", Language.EN, longText, Language.EN));
    assertTrue(share.startsWith("Bold start. word"), share);
    assertTrue(share.length() <= EventViews.SHARE_TEXT_LENGTH + 1, share);
    assertTrue(share.endsWith("…"));
    assertFalse(share.contains("<"));
    String withScript =
        EventViews.shareText(
            new LocalisedText(
                "T",
                null,
                Language.EN,
                "Hi <script>alert(1)</script> **there** [link](https://example.org).",
                Language.EN));
    assertEquals("Hi alert(1) there link.", withScript);
    assertEquals(
        "Tom & Jerry's \"café\" <3",
        EventViews.shareText(
            new LocalisedText("T", null, Language.EN, "Tom & Jerry's \"café\" <3", Language.EN)));
    assertEquals(
        "Subtitle",
        EventViews.shareText(new LocalisedText("T", "Subtitle", Language.EN, null, Language.EN)));
  }

  @Test
  void theStreamLinkIsShownOnlyForOnlineEvents() {
    Event event = event();
    event.streamedAt("https://stream.example.org/");
    assertTrue(EventViews.details(event, null, NOW).showsStream());
    event.holdAt("Aula", null, AttendanceMode.IN_PERSON);
    assertFalse(EventViews.details(event, null, NOW).showsStream());
  }

  @Test
  void missingListsWhatAnOrganiserHasNotFilledIn() {
    Event event = event();
    var missing = EventViews.missing(event, false);
    assertTrue(missing.contains("event.missing.description"));
    assertTrue(missing.contains("event.missing.stream"));
    assertTrue(missing.contains("event.missing.call"));
    assertTrue(missing.contains("event.missing.translation"));
    assertFalse(missing.contains("event.missing.venue"), "an online event needs no venue");
  }
}
