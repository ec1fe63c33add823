package org.colloquium.registration.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationCalendarTest {

  private static RegistrationCalendar.Entry entry(boolean cancelled, String location) {
    return new RegistrationCalendar.Entry(
        41L,
        "colloquium.example.ro",
        "Конференция: Războiul din Ucraina și viitorul Europei Centrale și de Est — a III-a ediție",
        Instant.parse("2027-05-04T06:00:00Z"),
        Instant.parse("2027-05-05T15:00:00Z"),
        location,
        URI.create("https://colloquium.example.ro/events/annual-conference-iii"),
        "https://colloquium.example.ro/events/annual-conference-iii/register",
        7,
        cancelled,
        Instant.parse("2026-12-05T10:00:00Z"));
  }

  @Test
  void theEntryIsTheEventWhereThePersonAttendsIt() {
    String ics =
        RegistrationCalendar.ics(
            entry(false, "Facultatea de Istorie, Bd. Regina Elisabeta 4–12, București"));
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("UID:registration-41@colloquium.example.ro\r\n"), ics);
    assertTrue(unfolded.contains("DTSTART:20270504T060000Z\r\n"), ics);
    assertTrue(unfolded.contains("DTEND:20270505T150000Z\r\n"), ics);
    assertTrue(unfolded.contains("SEQUENCE:7\r\n"), ics);
    assertTrue(unfolded.contains("STATUS:CONFIRMED\r\n"), ics);
    assertTrue(unfolded.contains("METHOD:PUBLISH\r\n"), ics);
    assertTrue(unfolded.contains("LOCATION:Facultatea de Istorie\\, Bd. Regina Elisabeta"), ics);
    assertTrue(unfolded.contains("SUMMARY:Конференция: Războiul din Ucraina"), ics);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(UTF_8).length <= 75, "folded by octets: " + line);
    }
  }

  @Test
  void aCancellationCancelsTheSameEntry() {
    String ics = RegistrationCalendar.ics(entry(true, null));
    assertTrue(ics.contains("STATUS:CANCELLED"), ics);
    assertTrue(ics.contains("UID:registration-41@colloquium.example.ro"), ics);
    assertFalse(ics.contains("LOCATION"), ics);
  }
}
