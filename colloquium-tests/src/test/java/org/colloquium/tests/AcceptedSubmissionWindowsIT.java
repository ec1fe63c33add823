package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.MySubmissions;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the authors of an accepted submission may do on its page, and until when, read with the
 * server's clock moved back into the demo's finished review of "20 Months After…" (decisions sent
 * on 29 September 2023, no camera-ready date, the event 9–11 November 2023): accepted #1 opens its
 * final version until the event starts and closes then; rejected #10 stays closed throughout; the
 * speakers of #1 say when they cannot attend until the event's last day, and the organisers' editor
 * warns at once. What is entered is taken back: the past conference is every test's fixture.
 */
class AcceptedSubmissionWindowsIT extends ClockControlledApplication {

  private static final String SLUG = "20-months-after";
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  private static String pageOf(WebClient client, int number) {
    return MySubmissions.pageOf(client, SLUG, number);
  }

  private static void at(int month, int day, int hour) {
    setServerClock(LocalDateTime.of(2023, month, day, hour, 0).atZone(BUCHAREST).toInstant());
  }

  @Test
  void anAcceptedSubmissionsFinalVersionIsOpenUntilTheEventStarts() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String accepted = pageOf(author, 1);

    at(10, 5, 12);
    Page open = author.get(accepted);
    assertEquals("Edit the final version", open.document().selectFirst("#edit").text());
    Element section = open.document().selectFirst("#final-version");
    assertNotNull(section, open.text());
    assertTrue(section.text().contains("Until 9 November 2023"), section.text());
    assertNull(open.document().selectFirst("#read-only-reason"), open.text());
    Page form = author.get(accepted + "/edit");
    assertNotNull(form.document().getElementById("submission:saveDraft"), "the form saves");
    assertTrue(
        author.get("/my/submissions").text().contains("Final version due by 9 November 2023"),
        "the list says until when");

    at(11, 9, 9);
    assertNotNull(author.get(accepted).document().selectFirst("#edit"), "still 09:00");

    at(11, 9, 10);
    Page closed = author.get(accepted);
    assertNull(closed.document().selectFirst("#edit"), closed.text());
    Element reason = closed.document().selectFirst("#read-only-reason");
    assertNotNull(reason, closed.text());
    assertTrue(
        reason.text().startsWith("The final version was due on 9 November 2023"), reason.text());
    assertNull(
        author.get(accepted + "/edit").document().getElementById("submission:saveDraft"),
        "the form is read-only");
  }

  @Test
  void aRejectedSubmissionStaysClosed() {
    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    String rejected = pageOf(attendee, 10);
    at(10, 5, 12);
    Page page = attendee.get(rejected);
    assertNull(page.document().selectFirst("#edit"), page.text());
    assertNull(page.document().selectFirst("#final-version"), page.text());
    assertTrue(
        page.document().selectFirst("#read-only-reason").text().contains("decision"), page.text());
  }

  @Test
  void theSpeakersOfAnAcceptedSubmissionSayWhenTheyCannotAttend() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String accepted = pageOf(author, 1);
    at(10, 5, 12);
    Page page = author.get(accepted);
    Element section = page.document().selectFirst("#availability");
    assertNotNull(section, page.text());
    assertTrue(section.text().contains("Nothing entered"), section.text());

    // A typo keeps what was typed; then the morning of the first day, when #1's session is.
    Page refused =
        author.submit(
            page,
            "absence",
            Map.of(
                "day", "2023-11-09", "from", "11:00", "to", "25:00", "note", "Flight lands late"),
            "save");
    assertTrue(
        refused.fieldError("absence:to").contains("\"25:00\" is not a time"), refused.text());
    assertEquals("Flight lands late", refused.fieldValue("absence:note"));
    Page saved =
        author.submit(refused, "absence", Map.of("day", "2023-11-09", "to", "12:30"), "save");
    assertTrue(
        saved.infos().contains("Saved. The organisers will not place the talk at that time."),
        saved.text());
    Element row = saved.document().selectFirst("#availability tbody tr");
    assertNotNull(row, saved.text());
    assertTrue(row.text().contains("11:00–12:30"), row.text());
    assertTrue(row.text().contains("Flight lands late"), row.text());

    // The organisers see where it came from, and their editor warns about the talk's slot.
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page list = organiser.get("/manage/events/" + SLUG + "/programme/availability");
    assertTrue(list.text().contains("entered by the authors of #1"), list.text());
    Page editor = organiser.get("/manage/events/" + SLUG + "/programme");
    assertTrue(
        editor.text().contains("cannot attend “Twenty months of sanctions: what worked”"),
        editor.text());
    // An organiser reads the submission's page, but says nothing there for its speakers.
    Page asOrganiser = organiser.get(accepted);
    assertEquals(200, asOrganiser.status());
    assertNull(asOrganiser.document().selectFirst("#availability"), asOrganiser.text());

    // After the last day it is read-only; before, the author takes it back.
    at(11, 12, 9);
    Page over = author.get(accepted);
    assertTrue(over.text().contains("The conference is over"), over.text());
    assertNull(over.document().selectFirst("#absence"), over.text());
    assertNull(over.document().selectFirst("#availability button"), over.text());
    at(11, 11, 20);
    Page last = author.get(accepted);
    Page removed = author.submit(last, "absences", Map.of(), "list:0:remove");
    assertTrue(removed.infos().contains("Removed."), removed.text());
    assertTrue(
        removed.document().selectFirst("#availability").text().contains("Nothing entered"),
        removed.text());
    assertFalse(
        organiser
            .get("/manage/events/" + SLUG + "/programme")
            .text()
            .contains("cannot attend “Twenty months of sanctions"));
  }

  @Test
  void theSpeakersSayOnWhichDaysTheyWouldRatherPresent() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String accepted = pageOf(author, 1);
    at(10, 5, 12);
    Page page = author.get(accepted);
    assertNotNull(page.document().getElementById("preference"), page.text());
    Page saved = author.submit(page, "preference", Map.of("preferredDays", "2023-11-10"), "prefer");
    assertTrue(
        saved
            .infos()
            .contains("Saved. The organisers' draft will try to place the talk on those days."),
        saved.text());
    assertTrue(
        saved.document().selectFirst("#preference input[value=2023-11-10]").hasAttr("checked"));
    assertFalse(
        saved.document().selectFirst("#preference input[value=2023-11-09]").hasAttr("checked"));

    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String availability = "/manage/events/" + SLUG + "/programme/availability";
    Element wishes = organiser.get(availability).document().getElementById("preferred-days");
    assertNotNull(wishes, "the organisers see the wish");
    assertTrue(wishes.text().contains("#1 Twenty months of sanctions"), wishes.text());
    assertTrue(wishes.text().contains("10 November 2023"), wishes.text());

    // No day ticked is no preference; after the last day the form is gone.
    Page none =
        author.submit(
            author.get(accepted),
            "preference",
            Map.of(),
            java.util.Set.of("preferredDays"),
            "prefer");
    assertTrue(none.infos().contains("Saved: no preferred day."), none.text());
    assertNull(organiser.get(availability).document().getElementById("preferred-days"));
    at(11, 12, 9);
    assertNull(author.get(accepted).document().getElementById("preference"));
  }
}
