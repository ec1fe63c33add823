package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Setting up an event from the browser's side, without JavaScript: create, edit, conflicts, field
 * messages, publish, copy an edition, and who may do which.
 */
class EventEditingIT extends DeployedApplication {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** A slug no other test run uses. */
  private static String freshSlug(String prefix) {
    return prefix
        + "-"
        + Long.toString(System.currentTimeMillis(), 36)
        + "-"
        + COUNTER.incrementAndGet();
  }

  /** Creates a draft through /manage/events/new and returns the edit page it lands on. */
  private static Page create(WebClient client, String title, String slug) {
    Page form = client.get("/manage/events/new");
    assertEquals(200, form.status(), form.text());
    Page landed =
        client.submit(
            form,
            "newEvent",
            Map.of(
                "title", title,
                "slug", slug,
                "start", "2027-03-27T09:00",
                "end", "2027-03-28T18:00",
                "timeZone", "Europe/Bucharest",
                "attendance", "HYBRID",
                "contentLanguage", "EN"),
            "create");
    assertEquals("/manage/events/" + slug + "/edit", landed.path(), () -> landed.errors() + "");
    return landed;
  }

  private static Page save(WebClient client, Page editPage, Map<String, String> fields) {
    return client.submit(editPage, "event", fields, "save");
  }

  @Test
  void organiserCreatesEditsAndPublishesAnEventThatVisitorsThenReadInTheirLanguage() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String slug = freshSlug("spring-school");
    Page edit = create(organiser, "Spring School on Eastern Europe", slug);
    assertTrue(edit.infos().toString().contains("created as a draft"), edit.infos().toString());

    WebClient anonymous = new WebClient();
    assertEquals(404, anonymous.get("/events/" + slug).status(), "a draft does not exist");
    assertEquals(404, DemoUsers.AUTHOR.signedIn().get("/events/" + slug).status());

    Map<String, String> details = new HashMap<>();
    details.put("subtitle", "A week for emerging scholars");
    details.put(
        "description",
        "Hello <script>alert('x')</script> **bold** [bad](javascript:alert(1)) and"
            + " [good](https://example.org/).");
    details.put("otherTitle", "Școala de primăvară despre Europa de Est");
    details.put("otherSubtitle", "O săptămână pentru tinerii cercetători");
    details.put("otherDescription", "Textul în **română**, cu diacritice: ă â î ș ț.");
    details.put("series", "Școala de primăvară — Весняна школа");
    details.put("edition", "2");
    details.put("venueName", "University of Bucharest");
    details.put("venueMapUrl", "https://www.openstreetmap.org/#map=18/44.43526/26.10144");
    details.put("streamUrl", "https://stream.example.org/spring");
    details.put("contactEmail", "Spring.School@Example.org");
    Page saved = save(organiser, edit, details);
    assertEquals("/manage/events/" + slug + "/edit", saved.path(), saved.errors()::toString);
    assertTrue(saved.infos().contains("The event has been saved."), saved.infos()::toString);
    assertEquals("Școala de primăvară despre Europa de Est", saved.fieldValue("event:otherTitle"));
    assertEquals("ro", saved.document().getElementById("event:otherTitle").attr("lang"));
    assertEquals("spring.school@example.org", saved.fieldValue("event:contactEmail"));

    Page dashboard = organiser.get("/manage/events/" + slug);
    assertFalse(dashboard.text().contains("a description"), "the description is no longer missing");
    assertTrue(dashboard.text().contains("a call for papers"), dashboard.text());
    Page published = organiser.submit(dashboard, "status", Map.of(), "publish");
    assertEquals("/manage/events/" + slug, published.path());
    assertTrue(published.infos().toString().contains("is published"), published.infos()::toString);

    Page english = anonymous.get("/events/" + slug);
    assertEquals(200, english.status());
    Document page = english.document();
    assertEquals("Spring School on Eastern Europe", english.heading());
    assertEquals("en", page.selectFirst("h1").attr("lang"));
    assertTrue(page.select(".description script").isEmpty());
    assertFalse(
        english.body().contains("<script>alert("), "the script is shown as text, never run");
    assertFalse(page.select(".description a[href^=javascript]").size() > 0);
    assertEquals("bold", page.selectFirst(".description strong").text());
    assertTrue(english.text().contains("edition 2"), english.text());
    assertTrue(english.text().contains("Весняна школа"));
    assertFalse(
        english.body().contains("stream.example.org"),
        "the stream link reaches registrants only, never the public page");
    assertTrue(english.text().contains("The stream link reaches confirmed online registrants"));
    assertEquals(
        "mailto:spring.school@example.org", page.selectFirst("a[href^=mailto]").attr("href"));
    assertEquals(1, page.select("a[href^=https://www.openstreetmap.org/]").size());
    assertEquals(
        "Spring School on Eastern Europe",
        page.selectFirst("meta[property=og:title]").attr("content"));
    assertTrue(
        page.selectFirst("meta[property=og:url]").attr("content").endsWith("/events/" + slug));
    assertEquals("website", page.selectFirst("meta[property=og:type]").attr("content"));
    assertFalse(page.selectFirst("meta[property=og:site_name]").attr("content").isBlank());
    String description = page.selectFirst("meta[name=description]").attr("content");
    assertTrue(description.startsWith("Hello"), description);
    assertTrue(description.contains("bold bad and good."), description);
    assertFalse(description.contains("<") || description.contains("**"), description);
    assertEquals(description, page.selectFirst("meta[property=og:description]").attr("content"));

    Page romanian = anonymous.post("/language", Map.of("lang", "ro", "next", "/events/" + slug));
    assertEquals("Școala de primăvară despre Europa de Est", romanian.heading());
    assertEquals("ro", romanian.document().selectFirst("h1").attr("lang"));
    assertEquals("ro", romanian.document().selectFirst(".description [lang]").attr("lang"));
    assertTrue(romanian.text().contains("ediția 2"), romanian.text());
    assertTrue(romanian.text().contains("cu diacritice: ă â î ș ț"));
    Page home = anonymous.get("/");
    assertTrue(
        home.document()
            .select("h3[lang=ro]")
            .eachText()
            .contains("Școala de primăvară despre Europa de Est"),
        home.text());
  }

  @Test
  void badInputIsExplainedNextToEachFieldAndNothingTypedIsLost() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String slug = freshSlug("checks");
    Page edit = create(organiser, "Checks", slug);

    Page wrong =
        save(
            organiser,
            edit,
            Map.of(
                "title", "Checks, retitled",
                "slug", "Not A Slug",
                "end", "2027-03-26T18:00",
                "timeZone", "Europe/Atlantis",
                "venueMapUrl", "javascript:alert(1)",
                "contactEmail", "conference at university",
                "edition", "0"));
    assertEquals("/manage/events/" + slug + "/edit", wrong.path());
    assertTrue(wrong.fieldError("event:slug").contains("lower-case letters"), wrong.text());
    assertTrue(wrong.fieldMarkedInvalid("event:slug"));
    assertTrue(wrong.fieldError("event:timeZone").contains("Unknown time zone"), wrong.text());
    assertTrue(wrong.fieldError("event:venueMapUrl").contains("https://"), wrong.text());
    assertTrue(wrong.fieldError("event:contactEmail").contains("not a valid email"), wrong.text());
    assertTrue(wrong.fieldError("event:edition").contains("from 1 up"), wrong.text());
    assertEquals("Not A Slug", wrong.fieldValue("event:slug"));
    assertEquals("Checks, retitled", wrong.fieldValue("event:title"));
    assertEquals("Europe/Atlantis", wrong.fieldValue("event:timeZone"));

    Page endBeforeStart =
        save(
            organiser,
            wrong,
            Map.of(
                "slug",
                slug,
                "timeZone",
                "Europe/Bucharest",
                "venueMapUrl",
                "",
                "contactEmail",
                "",
                "edition",
                "",
                "end",
                "2027-03-26T18:00"));
    assertTrue(
        endBeforeStart.fieldError("event:end").contains("end must be after the start"),
        endBeforeStart.text());
    assertEquals("2027-03-26T18:00", endBeforeStart.fieldValue("event:end"));

    Page taken =
        save(
            organiser,
            endBeforeStart,
            Map.of("end", "2027-03-28T18:00", "slug", "20-months-after"));
    assertTrue(taken.fieldError("event:slug").contains("already has the address"), taken.text());

    Page reserved = save(organiser, taken, Map.of("slug", "new"));
    assertTrue(reserved.fieldError("event:slug").contains("reserved"), reserved.text());

    Page badDate = save(organiser, reserved, Map.of("slug", slug, "start", "yesterday"));
    assertTrue(badDate.fieldError("event:start").contains("date and time"), badDate.text());

    Page fine = save(organiser, badDate, Map.of("start", "2027-03-27T09:00"));
    assertTrue(fine.infos().contains("The event has been saved."), fine.errors()::toString);
    assertEquals("Checks, retitled", fine.fieldValue("event:title"));

    Page creating =
        organiser.submit(
            organiser.get("/manage/events/new"),
            "newEvent",
            Map.of(
                "title",
                "",
                "slug",
                "20-months-after",
                "start",
                "2027-01-01T10:00",
                "end",
                "2027-01-01T09:00",
                "timeZone",
                "Mars/Olympus"),
            "create");
    assertEquals("/manage/events/new", creating.path());
    assertTrue(creating.fieldError("newEvent:title").contains("enter the title"));
    assertTrue(creating.fieldError("newEvent:slug").contains("already has the address"));
    assertTrue(creating.fieldError("newEvent:timeZone").contains("Unknown time zone"));
  }

  @Test
  void theSecondOfTwoOrganisersSavingAtOnceIsToldAndKeepsTheirInput() {
    WebClient first = DemoUsers.ORGANISER.signedIn();
    String slug = freshSlug("conflict");
    create(first, "Conflict", slug);
    WebClient second = DemoUsers.ADMINISTRATOR.signedIn();

    Page firstForm = first.get("/manage/events/" + slug + "/edit");
    Page secondForm = second.get("/manage/events/" + slug + "/edit");
    Page firstSaved = save(first, firstForm, Map.of("title", "Conflict — first"));
    assertTrue(firstSaved.infos().contains("The event has been saved."));

    Page secondSaved =
        save(second, secondForm, Map.of("title", "Conflict — second", "venueName", "Aula"));
    assertTrue(
        secondSaved.errors().stream().anyMatch(e -> e.contains("Someone else saved this event")),
        secondSaved.text());
    assertEquals("Conflict — second", secondSaved.fieldValue("event:title"));
    assertEquals("Aula", secondSaved.fieldValue("event:venueName"));

    assertEquals(
        "Conflict — first",
        first.get("/manage/events/" + slug + "/edit").fieldValue("event:title"),
        "the first save stands");
  }

  @Test
  void thePublicAddressIsFixedOncePublished() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String slug = freshSlug("fixed");
    Page edit = create(organiser, "Fixed address", slug);
    String renamed = slug + "-renamed";
    Page moved = save(organiser, edit, Map.of("slug", renamed));
    assertEquals("/manage/events/" + renamed + "/edit", moved.path(), moved.errors()::toString);

    organiser.submit(organiser.get("/manage/events/" + renamed), "status", Map.of(), "publish");
    Page publishedForm = organiser.get("/manage/events/" + renamed + "/edit");
    assertTrue(publishedForm.document().getElementById("event:slug").hasAttr("readonly"));
    assertTrue(publishedForm.text().contains("its address is fixed"), publishedForm.text());
    Page kept = save(organiser, publishedForm, Map.of("slug", slug));
    assertEquals("/manage/events/" + renamed + "/edit", kept.path(), "the address stays");
    assertEquals(404, new WebClient().get("/events/" + slug).status());
    assertEquals(200, new WebClient().get("/events/" + renamed).status());

    Page archived =
        organiser.submit(organiser.get("/manage/events/" + renamed), "status", Map.of(), "archive");
    assertTrue(archived.infos().toString().contains("archived"), archived.text());
    assertEquals(200, new WebClient().get("/events/" + renamed).status(), "archived stays public");
    Page draft = organiser.submit(archived, "status", Map.of(), "backToDraft");
    assertTrue(draft.infos().toString().contains("draft again"), draft.text());
    assertEquals(404, new WebClient().get("/events/" + renamed).status());
  }

  @Test
  void organiserStartsTheNextEditionFromAnEarlierOne() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String slug = freshSlug("annual-conference-next");
    Page form = organiser.get("/manage/events/new");
    Page copied =
        organiser.submit(
            form,
            "copyEvent",
            Map.of(
                "source", "annual-conference-iii",
                "copySlug", slug,
                "shiftAmount", "1",
                "shiftUnit", "YEARS"),
            "copy");
    assertEquals("/manage/events/" + slug + "/edit", copied.path(), copied.errors()::toString);
    assertEquals("4", copied.fieldValue("event:edition"));
    assertTrue(copied.fieldValue("event:series").startsWith("Annual Conference"));
    assertTrue(copied.fieldValue("event:otherTitle").startsWith("A III-a Conferință"));
    Page source = organiser.get("/manage/events/annual-conference-iii/edit");
    int sourceYear = Integer.parseInt(source.fieldValue("event:start").substring(0, 4));
    assertEquals(
        source.fieldValue("event:start").substring(4),
        copied.fieldValue("event:start").substring(4),
        "same day and time of day");
    assertEquals(
        sourceYear + 1, Integer.parseInt(copied.fieldValue("event:start").substring(0, 4)));
    assertEquals(404, new WebClient().get("/events/" + slug).status(), "the copy is a draft");

    // A source the organiser does not manage (the demo draft) is refused like a missing one.
    Page refused =
        organiser.submit(
            organiser.get("/manage/events/new"),
            "copyEvent",
            Map.of(
                "source", "annual-conference-iv", "copySlug", freshSlug("x"), "shiftAmount", "1"),
            "copy");
    assertEquals("/manage/events/new", refused.path());
    assertTrue(refused.errors().size() > 0, refused.text());
  }

  @Test
  void onlyTheEventsOwnOrganisersMayEditIt() {
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    String slug = freshSlug("admins-event");
    Page adminsForm = create(administrator, "The administrator's event", slug);
    String edit = "/manage/events/" + slug + "/edit";

    // The demo organiser organises other events, not this one.
    WebClient otherOrganiser = DemoUsers.ORGANISER.signedIn();
    assertEquals(403, otherOrganiser.getWithoutRedirect(edit).status());
    assertEquals(403, otherOrganiser.getWithoutRedirect("/manage/events/" + slug).status());
    var fields = new HashMap<String, String>();
    adminsForm
        .document()
        .getElementById("event")
        .select("input[name], textarea[name]")
        .forEach(i -> fields.put(i.attr("name"), i.val()));
    fields.put("event:title", "Taken over");
    fields.put("event:save", "");
    assertEquals(403, otherOrganiser.post(edit, fields).status(), "a POST is refused too");
    assertEquals(
        403, otherOrganiser.post("/manage/events/" + slug, Map.of("status:publish", "")).status());

    assertEquals(403, DemoUsers.REVIEWER.signedIn().getWithoutRedirect(edit).status());
    WebClient author = DemoUsers.AUTHOR.signedIn();
    assertEquals(403, author.getWithoutRedirect(edit).status());
    assertEquals(403, author.getWithoutRedirect("/manage/events/new").status());
    Page anonymous = new WebClient().getWithoutRedirect(edit);
    assertEquals(302, anonymous.status());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/sign-in?next="));

    assertEquals(
        "The administrator's event",
        administrator.get(edit).fieldValue("event:title"),
        "nothing was changed");
    assertEquals(404, otherOrganiser.get("/events/" + slug).status(), "nor is the draft visible");
  }
}
