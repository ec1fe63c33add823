package org.colloquium.web.manage.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventInput;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

  private static final EventInput INPUT =
      new EventInput(
          "Colocviul",
          "Ediția a doua",
          "Despre *Dunăre*",
          "colocviul-2027",
          "Colocviul",
          2,
          LocalDateTime.of(2027, 5, 10, 9, 0),
          LocalDateTime.of(2027, 5, 12, 18, 0),
          "Europe/Bucharest",
          "Aula",
          "Str. Universității 1",
          "https://maps.example/aula",
          AttendanceMode.HYBRID,
          "https://stream.example/c",
          "contact@example.org",
          Language.RO,
          "The colloquium",
          "Second edition",
          "About the *Danube*",
          "Universitatea",
          "https://uni.example");

  @Test
  void givesBackEveryFieldItWasFilledWith() {
    assertEquals(INPUT, EventFields.of(INPUT).input());
  }

  @Test
  void changesGoIntoTheInput() {
    EventFields form = EventFields.of(INPUT);
    form.setTitle("Colocviul 2027");
    form.setVenueName("Sala Mare");
    EventInput changed = form.input();
    assertEquals("Colocviul 2027", changed.title());
    assertEquals("Sala Mare", changed.venueName());
    assertEquals(Language.EN, form.getOtherLanguage());
  }

  @Test
  void theBasicsStartAnEvent() {
    EventBasics basics = new EventBasics();
    basics.setTitle("Colocviul");
    basics.setSlug("colocviul");
    basics.setTimeZone("Europe/Bucharest");
    basics.setAttendance(AttendanceMode.ONLINE);
    basics.setContentLanguage(Language.EN);
    assertEquals(
        EventInput.start(
            "Colocviul",
            "colocviul",
            null,
            null,
            "Europe/Bucharest",
            AttendanceMode.ONLINE,
            Language.EN),
        basics.start());
  }
}
