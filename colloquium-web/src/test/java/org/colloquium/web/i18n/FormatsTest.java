package org.colloquium.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  private static Formats in(Language language) {
    LocaleSelection selection = new LocaleSelection();
    selection.choose(language);
    Formats formats = new Formats();
    formats.language = selection;
    return formats;
  }

  private final Formats en = in(Language.EN);
  private final Formats ro = in(Language.RO);

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void rangeWithinOneMonthNamesTheMonthOnce() {
    Instant start = at("2023-11-09T07:00:00Z");
    Instant end = at("2023-11-11T16:00:00Z");
    assertEquals("9–11 November 2023", en.dateRange(start, end, BUCHAREST));
    assertEquals("9–11 noiembrie 2023", ro.dateRange(start, end, BUCHAREST));
  }

  @Test
  void rangeAcrossMonthsNamesBothMonths() {
    Instant start = at("2026-10-30T07:00:00Z");
    Instant end = at("2026-11-02T16:00:00Z");
    assertEquals("30 October – 2 November 2026", en.dateRange(start, end, BUCHAREST));
    assertEquals("30 octombrie – 2 noiembrie 2026", ro.dateRange(start, end, BUCHAREST));
  }

  @Test
  void rangeAcrossYearsNamesBothYears() {
    Instant start = at("2026-12-30T07:00:00Z");
    Instant end = at("2027-01-02T16:00:00Z");
    assertEquals("30 December 2026 – 2 January 2027", en.dateRange(start, end, BUCHAREST));
    assertEquals("30 decembrie 2026 – 2 ianuarie 2027", ro.dateRange(start, end, BUCHAREST));
  }

  @Test
  void singleDayIsOneDate() {
    Instant start = at("2023-11-09T07:00:00Z");
    Instant end = at("2023-11-09T15:00:00Z");
    assertEquals("9 November 2023", en.dateRange(start, end, BUCHAREST));
    assertEquals("9 noiembrie 2023", ro.dateRange(start, end, BUCHAREST));
  }

  @Test
  void datesAreThoseOfTheEventZoneNotUtc() {
    // 23:30 UTC on 9 November is 01:30 on 10 November in Bucharest.
    Instant start = at("2023-11-09T23:30:00Z");
    Instant end = at("2023-11-10T10:00:00Z");
    assertEquals("10 November 2023", en.dateRange(start, end, BUCHAREST));
    assertEquals(
        "9 November 2023", en.dateRange(start, at("2023-11-09T23:45:00Z"), ZoneId.of("UTC")));
  }

  @Test
  void dateTimeIsWrittenInTheEventZoneLikeTheDates() {
    Instant deadline = at("2027-01-11T21:59:00Z");
    assertEquals("11 January 2027, 23:59", en.dateTime(deadline, BUCHAREST));
    assertEquals("11 ianuarie 2027, 23:59", ro.dateTime(deadline, BUCHAREST));
  }

  @Test
  void utcIsForAdministratorsTables() {
    assertEquals("2026-03-29 01:30:00 UTC", en.utc(at("2026-03-29T01:30:00Z")));
    assertEquals("", en.utc(null));
  }

  @Test
  void isoCarriesTheZoneOffset() {
    assertEquals("2026-07-01T12:00:00+03:00", en.iso(at("2026-07-01T09:00:00Z"), BUCHAREST));
    assertEquals("2026-01-01T11:00:00+02:00", en.iso(at("2026-01-01T09:00:00Z"), BUCHAREST));
    // HTML's valid date-time strings have at most three digits of a fraction of a second.
    assertEquals(
        "2026-07-01T12:00:00.123+03:00", en.iso(at("2026-07-01T09:00:00.123456789Z"), BUCHAREST));
  }

  @Test
  void countryIsNamedInTheVisitorsLanguage() {
    assertEquals("Romania", en.country("RO"));
    assertEquals("România", ro.country("RO"));
    assertEquals("", en.country(null));
    assertEquals("", en.country(" "));
  }

  @Test
  void zoneNameIsInTheVisitorsLanguageAndSeason() {
    Instant winter = at("2026-01-15T12:00:00Z");
    Instant summer = at("2026-07-15T12:00:00Z");
    assertEquals("Eastern European Standard Time", en.zoneName(BUCHAREST, winter));
    assertEquals("Eastern European Summer Time", en.zoneName(BUCHAREST, summer));
    assertEquals("Ora standard a Europei de Est", ro.zoneName(BUCHAREST, winter));
  }

  @Test
  void cityIsTheLastPartOfTheZoneId() {
    assertEquals("Bucharest", en.city(BUCHAREST));
    assertEquals("New York", en.city(ZoneId.of("America/New_York")));
    assertEquals("Buenos Aires", en.city(ZoneId.of("America/Argentina/Buenos_Aires")));
  }
}
