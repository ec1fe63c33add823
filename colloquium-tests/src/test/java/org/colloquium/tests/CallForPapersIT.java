package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The call for papers: the organiser's form with its date rules and optimistic locking, the public
 * call page, the submit page, and who may open which. Edits are made on the demo draft of the IVth
 * edition (which only administrators manage), so the public demo calls stay as other tests expect
 * them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallForPapersIT extends DeployedApplication {

  private static final String OPEN_CALL = "annual-conference-iii";
  private static final String PAST = "20-months-after";
  private static final String DRAFT = "annual-conference-iv";
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** Dates for the draft, which starts about 515 days from today (see DemoEvents). */
  private static final LocalDate TODAY = LocalDate.now(BUCHAREST);

  private static String day(int fromToday, int hour, int minute) {
    return INPUT.format(TODAY.plusDays(fromToday).atTime(hour, minute));
  }

  private static Map<String, String> validCall() {
    Map<String, String> fields = new HashMap<>();
    fields.put("opensAt", day(10, 0, 0));
    fields.put("abstractDeadline", day(100, 23, 59));
    fields.put("graceMinutes", "15");
    fields.put("fullPaperDeadline", day(120, 23, 59));
    fields.put("notificationAt", day(130, 12, 0));
    fields.put("cameraReadyAt", day(140, 23, 59));
    fields.put("eligibility", "Deschis tuturor; în primul rând studenților. Для всех.");
    fields.put("wordLimit", "400");
    fields.put("minKeywords", "2");
    fields.put("maxKeywords", "6");
    fields.put("pdfPolicy", "REQUIRED");
    fields.put("maxFileMb", "5");
    fields.put("reviewMode", "SINGLE_BLIND");
    return fields;
  }

  private static Map<String, String> with(Map<String, String> fields, String... pairs) {
    Map<String, String> changed = new HashMap<>(fields);
    for (int i = 0; i < pairs.length; i += 2) {
      changed.put(pairs[i], pairs[i + 1]);
    }
    return changed;
  }

  private static void assertFieldError(Page page, String field, String expected) {
    String error = page.fieldError("call:" + field);
    assertTrue(error.contains(expected), () -> field + ": '" + error + "' in " + page.text());
    assertTrue(page.fieldMarkedInvalid("call:" + field), field + " marked invalid");
  }

  // The public call page

  @Test
  @Order(1)
  void thePublicCallShowsEveryDateInTheEventZoneTheRulesAndAButton() {
    Page call = new WebClient().get("/events/" + OPEN_CALL + "/cfp");
    assertEquals(200, call.status());
    assertEquals("Call for papers", call.heading());
    var document = call.document();
    assertEquals("Open for abstracts", document.selectFirst("#status-heading").text());
    String countdown = document.selectFirst("#countdown").text();
    assertTrue(countdown.matches("Closes in \\d+ days"), countdown);
    assertFalse(document.selectFirst("#countdown").hasAttr("aria-live"), "no aria-live noise");
    assertEquals(
        "Up to 300 words, 3–5 keywords, PDF optional up to 10 MB.",
        document.selectFirst(".call-rules").text());
    assertTrue(document.selectFirst(".call-review").text().startsWith("Double-blind"));
    assertTrue(document.selectFirst(".call-zone").text().contains("Europe/Bucharest"));
    List<String> labels = document.select(".call-dates dt").eachText();
    assertTrue(
        labels.containsAll(
            List.of(
                "Opens",
                "Abstract deadline",
                "Full-paper deadline",
                "Notification of acceptance",
                "Camera-ready deadline")),
        labels::toString);
    var deadline = document.select(".call-dates time").get(1);
    assertTrue(
        deadline.attr("datetime").matches("\\d{4}-\\d\\d-\\d\\dT23:59:00\\+0[23]:00"),
        deadline.attr("datetime"));
    assertTrue(deadline.text().endsWith(", 23:59"), deadline.text());
    assertTrue(
        deadline.parent().parent().text().contains("Eastern European"),
        deadline.parent().parent().text());
    assertFalse(deadline.attr("data-local-label").isEmpty(), "the script adds the local time");
    assertNotNull(document.selectFirst("script[src*=call-times.js]"));
    assertEquals(
        "/events/" + OPEN_CALL + "/submit", document.selectFirst("#submit-abstract").attr("href"));
    assertTrue(call.text().contains("primarily for students and emerging scholars"));
  }

  @Test
  @Order(2)
  void aClosedCallSaysSoAndOffersNoButton() {
    Page call = new WebClient().get("/events/" + PAST + "/cfp");
    assertEquals("Closed", call.document().selectFirst("#status-heading").text());
    assertNull(call.document().selectFirst("#submit-abstract"));
    assertNull(call.document().selectFirst("#countdown"));
    assertTrue(call.text().contains("15 September 2023, 23:59"), call.text());
    assertTrue(call.text().contains("Eastern European Summer Time"), call.text());
    assertTrue(call.document().selectFirst(".call-review").text().startsWith("Single-blind"));
  }

  @Test
  @Order(3)
  void theCallPageSpeaksRomanian() {
    WebClient browser = new WebClient();
    Page romanian =
        browser.post("/language", Map.of("lang", "ro", "next", "/events/" + OPEN_CALL + "/cfp"));
    assertEquals("Apel la lucrări", romanian.heading());
    assertEquals(
        "Cel mult 300 de cuvinte, 3–5 cuvinte-cheie, PDF opțional, de cel mult 10 MB.",
        romanian.document().selectFirst(".call-rules").text());
    assertTrue(romanian.document().selectFirst("#countdown").text().startsWith("Se închide peste"));
  }

  @Test
  @Order(4)
  void anonymousVisitorsAreSentToSignInAndComeBackToTheSubmitPage() {
    WebClient browser = new WebClient();
    Page redirect = browser.getWithoutRedirect("/events/" + OPEN_CALL + "/submit");
    assertEquals(302, redirect.status());
    assertTrue(
        redirect
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/sign-in?next=%2Fevents%2F" + OPEN_CALL + "%2Fsubmit"));
    Page signIn = browser.get("/events/" + OPEN_CALL + "/submit");
    Page back =
        browser.submit(
            signIn,
            "signIn",
            Map.of("email", DemoUsers.AUTHOR.email(), "password", DemoUsers.PASSWORD),
            "submit");
    assertEquals("/events/" + OPEN_CALL + "/submit", back.path());
    assertEquals("Submit an abstract", back.heading());
    assertNotNull(back.document().getElementById("submission:title"), back.body());
    assertEquals(
        "Up to 300 words, 3–5 keywords, PDF optional up to 10 MB.",
        back.document().selectFirst(".call-rules").text());
  }

  @Test
  @Order(5)
  void aDraftsCallDoesNotExistForThoseWhoMayNotManageIt() {
    for (WebClient client :
        List.of(
            new WebClient(),
            DemoUsers.AUTHOR.signedIn(),
            DemoUsers.REVIEWER.signedIn(),
            DemoUsers.ORGANISER.signedIn())) {
      assertEquals(404, client.getWithoutRedirect("/events/" + DRAFT + "/cfp").status());
    }
    assertEquals(
        404,
        DemoUsers.AUTHOR.signedIn().getWithoutRedirect("/events/" + DRAFT + "/submit").status());
    Page asAdministrator = DemoUsers.ADMINISTRATOR.signedIn().get("/events/" + DRAFT + "/cfp");
    assertEquals(200, asAdministrator.status());
    assertTrue(asAdministrator.text().contains("only organisers can see this page"));
    assertEquals(404, new WebClient().getWithoutRedirect("/events/no-such-event/cfp").status());
  }

  // Who may manage a call

  @Test
  @Order(6)
  void onlyTheEventsOrganisersAndAdministratorsOpenItsCallForm() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    assertEquals(
        200, organiser.getWithoutRedirect("/manage/events/" + OPEN_CALL + "/call").status());
    // The demo organiser does not organise the IVth edition.
    assertEquals(403, organiser.getWithoutRedirect("/manage/events/" + DRAFT + "/call").status());
    assertEquals(
        403,
        DemoUsers.AUTHOR
            .signedIn()
            .getWithoutRedirect("/manage/events/" + OPEN_CALL + "/call")
            .status());
    assertEquals(
        403,
        DemoUsers.REVIEWER
            .signedIn()
            .getWithoutRedirect("/manage/events/" + OPEN_CALL + "/call")
            .status(),
        "a reviewer of the event does not manage its call");
    Page anonymous = new WebClient().getWithoutRedirect("/manage/events/" + OPEN_CALL + "/call");
    assertEquals(302, anonymous.status());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/sign-in?next="));
  }

  @Test
  @Order(7)
  void theOrganisersFormShowsTheCallInTheEventsZone() {
    Page form = DemoUsers.ORGANISER.signedIn().get("/manage/events/" + OPEN_CALL + "/call");
    assertEquals("Call for papers", form.heading());
    assertTrue(form.fieldValue("call:abstractDeadline").endsWith("T23:59"));
    assertTrue(form.fieldValue("call:graceMinutes").matches("\\d+"));
    assertEquals("300", form.fieldValue("call:wordLimit"));
    String hint = form.document().getElementById("call:abstractDeadline-hint").text();
    assertTrue(hint.contains("Europe/Bucharest"), hint);
    assertEquals(
        "call:abstractDeadline-hint call:abstractDeadline-error",
        form.document().getElementById("call:abstractDeadline").attr("aria-describedby"));
  }

  // Creating and editing, with every rule reported on its field

  @Test
  @Order(10)
  void everyOrderingErrorIsShownOnItsFieldAndTheInputIsKept() {
    WebClient admin = DemoUsers.ADMINISTRATOR.signedIn();
    String path = "/manage/events/" + DRAFT + "/call";
    Page form = admin.get(path);
    assertTrue(form.text().contains("no call for papers yet"), form.text());

    Page wrong =
        admin.submit(
            form,
            "call",
            with(
                validCall(),
                "opensAt",
                day(100, 23, 59),
                "abstractDeadline",
                day(10, 0, 0),
                "fullPaperDeadline",
                "",
                "notificationAt",
                "",
                "cameraReadyAt",
                "",
                "graceMinutes",
                "2000",
                "wordLimit",
                "10",
                "maxKeywords",
                "30"),
            "submit");
    assertFieldError(wrong, "abstractDeadline", "must be after the opening");
    assertFieldError(wrong, "graceMinutes", "between 0 and 1440 minutes");
    assertFieldError(wrong, "wordLimit", "between 50 and 5,000 words");
    assertFieldError(wrong, "maxKeywords", "At most 20 keywords");
    assertEquals(day(10, 0, 0), wrong.fieldValue("call:abstractDeadline"), "input kept");
    assertEquals("10", wrong.fieldValue("call:wordLimit"));

    wrong =
        admin.submit(
            wrong,
            "call",
            with(
                validCall(),
                "fullPaperDeadline",
                day(99, 12, 0),
                "notificationAt",
                day(130, 12, 0),
                "cameraReadyAt",
                day(129, 12, 0)),
            "submit");
    assertFieldError(wrong, "fullPaperDeadline", "cannot be before the abstract deadline");
    assertFieldError(wrong, "cameraReadyAt", "cannot be before the notification");

    wrong =
        admin.submit(wrong, "call", with(validCall(), "notificationAt", day(110, 12, 0)), "submit");
    assertFieldError(wrong, "notificationAt", "after the abstract and full-paper deadlines");

    wrong =
        admin.submit(
            wrong,
            "call",
            with(validCall(), "notificationAt", day(700, 12, 0), "cameraReadyAt", ""),
            "submit");
    assertFieldError(wrong, "notificationAt", "before the event starts");

    wrong =
        admin.submit(
            wrong,
            "call",
            with(validCall(), "opensAt", "", "fullPaperDeadline", "tomorrow"),
            "submit");
    assertFieldError(wrong, "opensAt", "Please enter when the call opens");
    assertFieldError(wrong, "fullPaperDeadline", "such as 2027-01-11T23:59");
    assertEquals("tomorrow", wrong.fieldValue("call:fullPaperDeadline"));

    Page created = admin.submit(wrong, "call", validCall(), "submit");
    assertEquals(List.of("The call for papers has been created."), created.infos(), created.text());
    assertEquals(List.of(), created.errors());

    Page reloaded = admin.get(path);
    assertEquals(day(100, 23, 59), reloaded.fieldValue("call:abstractDeadline"));
    assertEquals("400", reloaded.fieldValue("call:wordLimit"));
    assertEquals(
        "Deschis tuturor; în primul rând studenților. Для всех.",
        reloaded.document().getElementById("call:eligibility").text());
    Page publicView = admin.get("/events/" + DRAFT + "/cfp");
    assertEquals("Not open yet", publicView.document().selectFirst("#status-heading").text());
    assertTrue(
        publicView.document().selectFirst("#countdown").text().matches("Opens in (9|10) days"),
        publicView.document().selectFirst("#countdown").text());
    assertEquals(
        "Up to 400 words, 2–6 keywords, PDF required, up to 5 MB.",
        publicView.document().selectFirst(".call-rules").text());
  }

  @Test
  @Order(11)
  void theSecondOfTwoConcurrentEditsSeesAConflictAndKeepsItsInput() {
    String path = "/manage/events/" + DRAFT + "/call";
    WebClient first = DemoUsers.ADMINISTRATOR.signedIn();
    WebClient second = DemoUsers.ADMINISTRATOR.signedIn();
    Page firstForm = first.get(path);
    Page secondForm = second.get(path);

    Page saved = first.submit(firstForm, "call", Map.of("eligibility", "First edit"), "submit");
    assertEquals(List.of("The call for papers has been saved."), saved.infos(), saved.text());

    Page conflict = second.submit(secondForm, "call", Map.of("wordLimit", "777"), "submit");
    assertTrue(
        conflict.errors().stream().anyMatch(e -> e.contains("Someone else changed this call")),
        conflict.text());
    assertEquals("777", conflict.fieldValue("call:wordLimit"), "the second editor's input stays");

    Page now = first.get(path);
    assertEquals("First edit", now.document().getElementById("call:eligibility").text());
    assertEquals("400", now.fieldValue("call:wordLimit"), "the stale save changed nothing");

    // The first editor can go on saving: its form carries the new version.
    Page again = first.submit(saved, "call", Map.of("wordLimit", "450"), "submit");
    assertEquals(List.of("The call for papers has been saved."), again.infos(), again.text());
  }
}
