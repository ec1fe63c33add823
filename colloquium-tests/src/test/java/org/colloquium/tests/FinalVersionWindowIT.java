package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * When the final version of an accepted submission may be changed, read with the server's clock
 * moved back into the demo's finished review of "20 Months After…" (decisions sent on 29 September
 * 2023, no camera-ready date, the event from 9 November 2023): accepted #1 opens its final version
 * until the event starts and closes then; rejected #10 stays closed throughout. Reads only: the
 * past conference is every test's fixture.
 */
class FinalVersionWindowIT extends ClockControlledApplication {

  private static final String SLUG = "20-months-after";
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  private static String pageOf(WebClient client, int number) {
    Page mine = client.get("/my/submissions");
    Element row =
        mine.document().select("tbody tr").stream()
            .filter(
                tr ->
                    tr.selectFirst("a[href$=/events/" + SLUG + "]") != null
                        && tr.select("td").get(1).text().equals("#" + number))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no #" + number + " of 2023: " + mine.text()));
    String href = row.selectFirst("a[href*=/my/submissions/]").attr("href");
    return href.substring(href.indexOf("/my/submissions/"));
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
}
