package org.colloquium.web.site.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.CallState;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.web.site.events.CallTexts.CallWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallWordingTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final Locale RO = Locale.forLanguageTag("ro");

  private static CallWording wording(Locale locale) {
    return new CallWording(
        ResourceBundle.getBundle("org.colloquium.web.i18n.Messages", locale), locale);
  }

  private static CallDetails call(
      int min, int max, boolean track, PdfPolicy pdf, Instant deadline, CallState state) {
    return new CallDetails(
        "annual",
        "Annual Conference",
        Language.EN,
        BUCHAREST,
        deadline.plusSeconds(90L * 86400),
        deadline.minusSeconds(60L * 86400),
        deadline,
        null,
        null,
        null,
        15,
        deadline.plusSeconds(900),
        "Students",
        300,
        min,
        max,
        track,
        false,
        pdf,
        10,
        null,
        ReviewMode.DOUBLE_BLIND,
        state);
  }

  private static final Instant DEADLINE =
      LocalDateTime.of(2026, 10, 26, 23, 59).atZone(BUCHAREST).toInstant();

  @Test
  void rulesReadAsOneSentence() {
    assertEquals(
        "Up to 300 words, 3–5 keywords, PDF optional up to 10 MB.",
        wording(Locale.ENGLISH)
            .rules(call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.OPEN)));
    assertEquals(
        "Up to 300 words, up to 4 keywords, a track must be chosen, no PDF.",
        wording(Locale.ENGLISH)
            .rules(call(0, 4, true, PdfPolicy.NOT_ALLOWED, DEADLINE, CallState.OPEN)));
    assertEquals(
        "Up to 300 words, 5 keywords, PDF required, up to 10 MB.",
        wording(Locale.ENGLISH)
            .rules(call(5, 5, false, PdfPolicy.REQUIRED, DEADLINE, CallState.OPEN)));
    assertEquals(
        "Up to 300 words, no PDF.",
        wording(Locale.ENGLISH)
            .rules(call(0, 0, false, PdfPolicy.NOT_ALLOWED, DEADLINE, CallState.OPEN)));
  }

  @Test
  void rulesInRomanian() {
    assertEquals(
        "Cel mult 300 de cuvinte, 3–5 cuvinte-cheie, PDF opțional, de cel mult 10 MB.",
        wording(RO).rules(call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.OPEN)));
  }

  @ParameterizedTest
  @EnumSource(ReviewMode.class)
  void everyReviewModeIsExplainedInBothLanguages(ReviewMode mode) {
    assertFalse(wording(Locale.ENGLISH).reviewMode(mode).isBlank());
    assertFalse(wording(RO).reviewMode(mode).isBlank());
  }

  @ParameterizedTest
  @EnumSource(PdfPolicy.class)
  void everyPdfPolicyIsWordedInBothLanguages(PdfPolicy policy) {
    assertFalse(wording(Locale.ENGLISH).pdf(policy, 10).isBlank());
    assertFalse(wording(RO).pdf(policy, 10).isBlank());
  }

  @Test
  void countsDownInDaysThenHoursThenMinutes() {
    CallDetails open = call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.OPEN);
    CallWording en = wording(Locale.ENGLISH);
    assertEquals("Closes in 12 days", en.countdown(open, DEADLINE.minusSeconds(12 * 86400 + 5)));
    assertEquals("Closes in 47 hours", en.countdown(open, DEADLINE.minusSeconds(47 * 3600 + 5)));
    assertEquals("Closes in 2 hours", en.countdown(open, DEADLINE.minusSeconds(2 * 3600)));
    assertEquals("Closes in 119 minutes", en.countdown(open, DEADLINE.minusSeconds(2 * 3600 - 61)));
    assertEquals("Closes in 1 minute", en.countdown(open, DEADLINE.minusSeconds(30)));
  }

  @Test
  void theNightTheClocksGoBackCountsItsRealHours() {
    // 25 October 2026 in Bucharest has 25 hours: from Saturday 23:59 to Monday 23:59 is 49 hours
    // on the clock but 2 days and one hour in reality; the countdown says 2 days.
    CallDetails open = call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.OPEN);
    Instant saturday = LocalDateTime.of(2026, 10, 24, 23, 59).atZone(BUCHAREST).toInstant();
    assertEquals("Closes in 2 days", wording(Locale.ENGLISH).countdown(open, saturday));
    Instant sundayMorning = LocalDateTime.of(2026, 10, 25, 23, 59).atZone(BUCHAREST).toInstant();
    assertEquals("Closes in 24 hours", wording(Locale.ENGLISH).countdown(open, sundayMorning));
  }

  @Test
  void romanianCountdownUsesDeForTwentyAndMore() {
    CallDetails open = call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.OPEN);
    CallWording ro = wording(RO);
    assertEquals("Se închide peste 12 zile", ro.countdown(open, DEADLINE.minusSeconds(12 * 86400)));
    assertEquals(
        "Se închide peste 20 de zile", ro.countdown(open, DEADLINE.minusSeconds(20 * 86400)));
    assertEquals("Se închide peste 1 minut", ro.countdown(open, DEADLINE.minusSeconds(10)));
  }

  @Test
  void anUpcomingCallCountsToItsOpeningAndAClosedOneNotAtAll() {
    CallDetails upcoming = call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.UPCOMING);
    Instant opens = upcoming.opensAt();
    assertEquals(
        "Opens in 3 days",
        wording(Locale.ENGLISH).countdown(upcoming, opens.minusSeconds(3 * 86400)));
    CallDetails closed = call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.CLOSED);
    assertEquals("", wording(Locale.ENGLISH).countdown(closed, DEADLINE.plusSeconds(3600)));
  }

  @Test
  void duringTheGracePeriodTheDeadlineHasPassedButTheCallIsStillOpen() {
    CallDetails open = call(3, 5, false, PdfPolicy.OPTIONAL, DEADLINE, CallState.OPEN);
    assertEquals(
        "The deadline has passed; late abstracts are accepted for a few more minutes.",
        wording(Locale.ENGLISH).countdown(open, DEADLINE.plusSeconds(60)));
  }

  @Test
  void theZoneIsNamedForTheSeasonOfTheDate() {
    // What Formats.zoneName writes next to a date: summer and winter time of the same zone.
    TimeZone zone = TimeZone.getTimeZone(BUCHAREST);
    assertEquals(
        "Eastern European Summer Time", zone.getDisplayName(true, TimeZone.LONG, Locale.ENGLISH));
    assertEquals(
        "Eastern European Standard Time",
        zone.getDisplayName(false, TimeZone.LONG, Locale.ENGLISH));
    assertEquals(
        true, BUCHAREST.getRules().isDaylightSavings(Instant.parse("2026-10-25T00:30:00Z")));
    assertEquals(
        false, BUCHAREST.getRules().isDaylightSavings(Instant.parse("2026-10-25T01:30:00Z")));
  }
}
