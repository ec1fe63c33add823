package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * News from the organisers' and administrators' forms to the public pages: scheduling,
 * unpublishing, sanitising, languages, conflicts between two editors, and who may write which news.
 */
class NewsIT extends DeployedApplication {

  private static final String EVENT = "20-months-after";
  private static final String DRAFT_EVENT = "annual-conference-iv";
  private static final String MANAGE = "/manage/events/" + EVENT + "/news";

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, String> fields(String slug, String title, String body, String at) {
    Map<String, String> fields = new HashMap<>();
    fields.put("newSlug", slug);
    fields.put("titleEn", title);
    fields.put("bodyEn", body);
    fields.put("publishAt", at);
    return fields;
  }

  private static Page create(WebClient client, String listPath, Map<String, String> fields) {
    return client.submit(client.get(listPath), "news", fields, "save");
  }

  /** Presses a row's button ("publish" or "unpublish") in the list of news. */
  private static Page press(WebClient client, String listPath, String title, String button) {
    Page list = client.get(listPath);
    Element row =
        list.document().select("#items tbody tr").stream()
            .filter(tr -> tr.selectFirst("th").text().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + title + " in " + list.text()));
    Element pressed = row.selectFirst("button[id$=:" + button + "]");
    if (pressed == null) {
      throw new AssertionError("no " + button + " button for " + title + ": " + row);
    }
    return client.submit(
        list, "items", Map.of(), pressed.attr("name").substring("items:".length()));
  }

  @Test
  void anOrganiserPublishesEventNewsAndScriptsAreStripped() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String slug = unique("programme");
    Page saved =
        create(
            organiser,
            MANAGE,
            fields(
                slug,
                "Programme published — Олена Шевченко",
                "The **programme** is out.\n\n<script>alert('x')</script>\n\n[Read](javascript:alert(1))",
                "2023-11-01T10:00"));
    assertEquals(MANAGE, saved.path(), saved.errors()::toString);
    assertTrue(saved.infos().toString().contains("has been saved"), saved.infos()::toString);

    Page item = new WebClient().get("/events/" + EVENT + "/news/" + slug);
    assertEquals(200, item.status());
    assertEquals("Programme published — Олена Шевченко", item.heading());
    assertEquals("programme", item.document().selectFirst(".news-body strong").text());
    assertTrue(
        item.document().select("script:not([src])").stream()
            .noneMatch(s -> s.data().contains("alert")));
    assertFalse(item.body().contains("javascript:alert"), "no script link");
    assertTrue(
        item.document().select("meta[property=og:title]").attr("content").startsWith("Programme"));
    assertTrue(
        item.document().select("meta[property=og:url]").attr("content").endsWith("/news/" + slug));
    assertEquals(
        "/events/" + EVENT + "/news.atom",
        item.document().select("link[rel=alternate][type=application/atom+xml]").attr("href"));

    List<String> titles =
        new WebClient()
            .get("/events/" + EVENT + "/news")
            .document()
            .select(".news-card h2")
            .eachText();
    assertTrue(titles.contains("Programme published — Олена Шевченко"), titles::toString);
    assertTrue(new WebClient().get("/news").text().contains("Programme published"));
  }

  @Test
  void aScheduledItemAppearsOnlyWhenPublishedAndDisappearsWhenUnpublished() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String slug = unique("scheduled");
    String title = "Scheduled " + slug;
    Page saved = create(organiser, MANAGE, fields(slug, title, "Later.", "2099-01-01T09:00"));
    assertEquals(MANAGE, saved.path(), saved.errors()::toString);
    String path = "/events/" + EVENT + "/news/" + slug;
    Element row =
        saved.document().select("#items tbody tr").stream()
            .filter(tr -> tr.text().contains(title))
            .findFirst()
            .orElseThrow();
    assertTrue(row.text().contains("Scheduled") && row.text().contains("2099"), row.text());

    WebClient visitor = new WebClient();
    assertEquals(404, visitor.get(path).status(), "not before its time");
    assertFalse(visitor.get("/events/" + EVENT + "/news").text().contains(title));
    assertFalse(visitor.get("/events/" + EVENT + "/news.atom").body().contains(title));

    press(organiser, MANAGE, title, "publish");
    assertEquals(200, visitor.get(path).status());
    assertTrue(visitor.get("/events/" + EVENT + "/news.atom").body().contains(title));

    Page afterUnpublish = press(organiser, MANAGE, title, "unpublish");
    assertTrue(
        afterUnpublish.infos().toString().contains("no longer public"), afterUnpublish.text());
    assertEquals(404, visitor.get(path).status(), "unpublished");
    assertFalse(visitor.get("/news").text().contains(title));
  }

  @Test
  void badInputGetsMessagesNextToTheFieldsAndKeepsWhatWasTyped() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Map<String, String> fields = fields("Not A Slug!", "", "Body kept", "next tuesday");
    fields.put("titleRo", "Titlu fără text");
    Page page = create(organiser, MANAGE, fields);
    assertEquals(MANAGE, page.path());
    assertTrue(page.fieldMarkedInvalid("news:titleEn"));
    assertEquals("Please enter a title.", page.fieldError("news:titleEn"));
    assertTrue(
        page.fieldError("news:newSlug").contains("lower-case"), page.fieldError("news:newSlug"));
    assertTrue(page.fieldError("news:publishAt").contains("date and time"));
    assertTrue(page.fieldError("news:bodyRo").contains("translation"), page.text());
    assertEquals("Body kept", page.fieldValue("news:bodyEn"));
    assertEquals("Titlu fără text", page.fieldValue("news:titleRo"));
    assertEquals("next tuesday", page.fieldValue("news:publishAt"));

    String slug = unique("twice");
    create(organiser, MANAGE, fields(slug, "First", "One", ""));
    Page duplicate = create(organiser, MANAGE, fields(slug, "Second", "Two", ""));
    assertTrue(duplicate.fieldError("news:newSlug").contains("already used"), duplicate.text());
  }

  @Test
  void theSecondOfTwoEditorsGetsAConflictAndKeepsTheirText() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    String slug = unique("contested");
    create(organiser, MANAGE, fields(slug, "Contested", "Original", ""));
    String edit = MANAGE + "/" + slug;
    Page first = organiser.get(edit);
    Page second = administrator.get(edit);
    assertEquals("Contested", second.fieldValue("news:titleEn"));

    Page saved = organiser.submit(first, "news", Map.of("titleEn", "Organiser's title"), "save");
    assertEquals(MANAGE, saved.path(), saved.errors()::toString);

    Page conflict =
        administrator.submit(second, "news", Map.of("titleEn", "Administrator's title"), "save");
    assertEquals(edit, conflict.path());
    assertTrue(
        conflict.errors().stream().anyMatch(e -> e.contains("Someone else saved")),
        conflict.errors()::toString);
    assertEquals("Administrator's title", conflict.fieldValue("news:titleEn"));
    assertEquals("Organiser's title", organiser.get(edit).fieldValue("news:titleEn"));
  }

  @Test
  void onlyTheOrganisersOfTheEventAndAdministratorsWriteItsNews() {
    // The demo organiser organises the two public demo events, not the draft IVth edition.
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    assertEquals(
        403, organiser.getWithoutRedirect("/manage/events/" + DRAFT_EVENT + "/news").status());
    assertEquals(
        403,
        organiser.getWithoutRedirect("/manage/events/" + DRAFT_EVENT + "/news/anything").status());
    assertEquals(403, organiser.getWithoutRedirect("/admin/news").status());
    assertEquals(403, organiser.getWithoutRedirect("/admin/news/welcome").status());
    for (DemoUsers user : List.of(DemoUsers.AUTHOR, DemoUsers.REVIEWER)) {
      WebClient client = user.signedIn();
      assertEquals(403, client.getWithoutRedirect(MANAGE).status(), user::name);
      assertEquals(
          403,
          client.getWithoutRedirect(MANAGE + "/international-conference-20-months-after").status(),
          user::name);
    }
    Page anonymous = new WebClient().getWithoutRedirect(MANAGE);
    assertEquals(302, anonymous.status());
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    assertEquals(
        200, administrator.getWithoutRedirect("/manage/events/" + DRAFT_EVENT + "/news").status());
    assertEquals(404, administrator.getWithoutRedirect(MANAGE + "/no-such-item").status());
  }

  @Test
  void newsOfADraftEventDoNotExistForTheRest() {
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    String slug = unique("secret");
    Page saved =
        create(
            administrator,
            "/manage/events/" + DRAFT_EVENT + "/news",
            fields(slug, "Secret plans", "Hush.", "2020-01-01T00:00"));
    assertTrue(saved.infos().toString().contains("saved"), saved.text());
    WebClient visitor = new WebClient();
    assertEquals(404, visitor.get("/events/" + DRAFT_EVENT + "/news/" + slug).status());
    assertEquals(404, visitor.get("/events/" + DRAFT_EVENT + "/news").status());
    assertEquals(404, visitor.get("/events/" + DRAFT_EVENT + "/news.atom").status());
    assertFalse(visitor.get("/news").text().contains("Secret plans"));
    assertFalse(visitor.get("/feeds/news.atom").body().contains("Secret plans"));
  }

  @Test
  void administratorsWriteSiteNewsInTwoLanguages() {
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    String slug = unique("site");
    Map<String, String> fields =
        fields(slug, "Maintenance on Sunday", "The site rests.", "2024-05-05T10:00");
    fields.put("titleRo", "Întreținere duminică");
    fields.put("bodyRo", "Site-ul se odihnește.");
    Page saved = create(administrator, "/admin/news", fields);
    assertEquals("/admin/news", saved.path(), saved.errors()::toString);

    WebClient visitor = new WebClient();
    Page english = visitor.get("/news/" + slug);
    assertEquals("Maintenance on Sunday", english.heading());
    assertEquals("en", english.document().selectFirst("article.news-item").attr("lang"));
    visitor.post("/language", Map.of("lang", "ro", "next", "/news/" + slug));
    Page romanian = visitor.get("/news/" + slug);
    assertEquals("Întreținere duminică", romanian.heading());
    assertEquals("ro", romanian.document().selectFirst("article.news-item").attr("lang"));
    assertEquals(404, visitor.get("/events/" + EVENT + "/news/" + slug).status(), "not an event's");
  }

  @Test
  void theDemoNewsAreReadInTheVisitorsLanguageWithFallback() {
    WebClient visitor = new WebClient();
    String item = "/events/" + EVENT + "/news/international-conference-20-months-after";
    assertTrue(visitor.get(item).heading().startsWith("International Conference: 20 Months After"));
    Page home = visitor.get("/");
    assertTrue(home.text().contains("Latest news"), home.text());
    assertFalse(home.text().contains("Programme of the IVth Annual Conference"), "scheduled");
    assertEquals(404, visitor.get("/news/programme-of-the-ivth-annual-conference").status());

    visitor.post("/language", Map.of("lang", "ro", "next", "/"));
    Page romanian = visitor.get(item);
    assertTrue(romanian.heading().startsWith("Conferința internațională"), romanian.heading());
    Page call =
        visitor.get("/events/annual-conference-iii/news/call-for-papers-iiird-annual-conference");
    assertTrue(call.heading().startsWith("Call for Papers"), "no Romanian text: the English one");
    assertEquals("en", call.document().selectFirst("article.news-item").attr("lang"));
    assertEquals("ro", call.document().selectFirst("html").attr("lang"));
  }
}
