package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Copying an edition the way an organiser does it, through the pages: the copy of the annual
 * conference is then read back on its own management pages and, once published, on the public site,
 * and compared with the original, which must not change.
 */
class EditionCopyIT extends DeployedApplication {

  private static final String SOURCE = "annual-conference-iii";
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  /** Half a year: most dates land on the other side of a daylight-saving change. */
  private static final int WEEKS = 26;

  private static final List<String> CALL_DATES =
      List.of(
          "opensAt", "abstractDeadline", "fullPaperDeadline", "notificationAt", "cameraReadyAt");
  private static final List<String> API_CALL_DATES =
      List.of("opensAt", "abstractDeadline", "fullPaperDeadline", "notification", "cameraReady");

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static String freshSlug(String prefix) {
    return prefix
        + "-"
        + Long.toString(System.currentTimeMillis(), 36)
        + "-"
        + COUNTER.incrementAndGet();
  }

  /** What an organiser sees of one edition on its management pages. */
  private record Edition(
      String status,
      Map<String, String> details,
      List<String> tracks,
      List<String> types,
      Map<String, String> call,
      Set<String> members,
      List<String> invitations,
      List<String> partners,
      List<String> logoPaths,
      List<byte[]> logos) {}

  private static Page page(WebClient client, String path) {
    Page page = client.get(path);
    assertEquals(200, page.status(), () -> path + ": " + page.text());
    assertEquals(path, page.path(), "no redirect");
    return page;
  }

  /** The values the form would send, as a browser fills them in (no hidden fields). */
  private static Map<String, String> formValues(Page page, String formId) {
    Element form = page.document().getElementById(formId);
    assertNotNull(form, () -> "no form " + formId + " on " + page.path());
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (Set.of("hidden", "submit", "button", "file").contains(type)) {
        continue;
      }
      String value;
      if (type.equals("checkbox") || type.equals("radio")) {
        value = input.hasAttr("checked") ? input.val() : "";
      } else if (input.tagName().equals("select")) {
        Element chosen = input.selectFirst("option[selected]");
        chosen = chosen == null ? input.selectFirst("option") : chosen;
        value = chosen == null ? "" : chosen.val();
      } else {
        value = input.val();
      }
      values.merge(input.attr("name"), value, (a, b) -> a + "," + b);
    }
    return values;
  }

  /** Rows of a table inside {@code formId}: the row header and the first cell. */
  private static List<String> rows(Page page, String formId) {
    return page.document().select("#" + formId + " table tbody tr").stream()
        .map(tr -> tr.selectFirst("th").text() + " | " + tr.selectFirst("td").text())
        .toList();
  }

  private static Edition read(WebClient organiser, String slug) {
    String manage = "/manage/events/" + slug;
    Page dashboard = page(organiser, manage);
    Element status = dashboard.document().selectFirst("dt:containsOwn(Status) + dd");
    Page tracks = page(organiser, manage + "/tracks");
    Page committee = page(organiser, manage + "/committee");
    Page partners = page(organiser, manage + "/partners");
    List<String> logoPaths =
        partners.document().select("main img.logo").stream().map(i -> i.attr("src")).toList();
    List<byte[]> logos = new ArrayList<>();
    for (String path : logoPaths) {
      var served = organiser.getBytes(path);
      assertEquals(200, served.statusCode(), path);
      assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
      logos.add(served.body());
    }
    return new Edition(
        status == null ? "" : status.text(),
        formValues(page(organiser, manage + "/edit"), "event"),
        rows(tracks, "tracks"),
        rows(tracks, "types"),
        formValues(page(organiser, manage + "/call"), "call"),
        committee.document().select("#members table tbody tr").stream()
            .map(tr -> tr.select("td").get(1).text() + " as " + tr.select("td").get(2).text())
            .collect(Collectors.toSet()),
        committee.document().select("#invitations table tbody tr").eachText(),
        partners.document().select("main table tbody tr th").eachText(),
        logoPaths,
        logos);
  }

  private static void assertSameEdition(Edition expected, Edition actual) {
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.details(), actual.details());
    assertEquals(expected.tracks(), actual.tracks());
    assertEquals(expected.types(), actual.types());
    assertEquals(expected.call(), actual.call());
    assertEquals(expected.members(), actual.members());
    assertEquals(expected.invitations(), actual.invitations());
    assertEquals(expected.partners(), actual.partners());
    assertEquals(expected.logoPaths(), actual.logoPaths());
    assertEquals(expected.logos().size(), actual.logos().size());
    for (int i = 0; i < expected.logos().size(); i++) {
      assertArrayEquals(expected.logos().get(i), actual.logos().get(i), "logo " + i);
    }
  }

  private static Page copy(
      WebClient organiser, String source, String slug, int amount, String unit) {
    Page copied =
        organiser.submit(
            page(organiser, "/manage/events/new"),
            "copyEvent",
            Map.of(
                "source",
                source,
                "copySlug",
                slug,
                "shiftAmount",
                Integer.toString(amount),
                "shiftUnit",
                unit),
            "copy");
    assertEquals("/manage/events/" + slug + "/edit", copied.path(), copied.errors()::toString);
    return copied;
  }

  private static JsonObject api(String slug) {
    Page answer = new WebClient().get("/api/v1/events/" + slug);
    assertEquals(200, answer.status(), answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static List<JsonObject> withoutIds(JsonObject event, String field) {
    return event.getJsonArray(field).getValuesAs(JsonObject.class).stream()
        .map(o -> Json.createObjectBuilder(o).remove("id").build())
        .toList();
  }

  private static String shifted(String localDateTime) {
    return LocalDateTime.parse(localDateTime).plusWeeks(WEEKS).toString();
  }

  @Test
  void organiserCopiesTheAnnualConferenceIntoItsNextEdition() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Edition original = read(organiser, SOURCE);
    String originalApi = new WebClient().get("/api/v1/events/" + SOURCE).body();

    // The demo has what a copy must carry: otherwise this test would prove nothing.
    assertEquals("Published", original.status());
    assertTrue(original.tracks().size() >= 2, original.tracks()::toString);
    assertTrue(original.types().size() >= 2, original.types()::toString);
    assertEquals("300", original.call().get("call:wordLimit"));
    assertEquals("15", original.call().get("call:graceMinutes"));
    assertEquals("DOUBLE_BLIND", original.call().get("call:reviewMode"));
    CALL_DATES.forEach(field -> assertFalse(original.call().get("call:" + field).isEmpty(), field));
    assertEquals(
        Set.of(
            DemoUsers.ORGANISER.email() + " as Organiser",
            DemoUsers.REVIEWER.email() + " as Reviewer",
            "natalia.rusu@colloquium.example as Reviewer",
            "radu.vasilescu@colloquium.example as Track chair"),
        original.members());
    assertEquals(3, original.logos().size(), "the organiser's and two partners' logos");

    String slug = freshSlug("annual-conference-iv-copy");
    Page landed = copy(organiser, SOURCE, slug, WEEKS, "WEEKS");
    assertTrue(landed.infos().size() > 0, landed.text());

    Edition copy = read(organiser, slug);
    assertEquals("Draft", copy.status());

    // The event's own fields: the same, one edition later, moved by 26 weeks at the same hour.
    Map<String, String> details = new LinkedHashMap<>(copy.details());
    assertEquals(slug, details.remove("event:slug"));
    assertEquals(
        Integer.parseInt(original.details().get("event:edition")) + 1,
        Integer.parseInt(details.remove("event:edition")));
    assertEquals(shifted(original.details().get("event:start")), details.remove("event:start"));
    assertEquals(shifted(original.details().get("event:end")), details.remove("event:end"));
    Map<String, String> unchanged = new LinkedHashMap<>(original.details());
    List.of("event:slug", "event:edition", "event:start", "event:end").forEach(unchanged::remove);
    assertEquals(unchanged, details);

    assertEquals(original.tracks(), copy.tracks(), "tracks in the same order");
    assertEquals(original.types(), copy.types(), "presentation types in the same order");

    // The call: the same rules; every date 26 weeks later at the same wall-clock time.
    Map<String, String> call = new LinkedHashMap<>(copy.call());
    Map<String, String> rules = new LinkedHashMap<>(original.call());
    for (String field : CALL_DATES) {
      assertEquals(shifted(rules.remove("call:" + field)), call.remove("call:" + field), field);
    }
    assertEquals(rules, call, "the same rules");

    // The committee: the same people in the same roles, no invitations.
    assertEquals(original.members(), copy.members());
    assertEquals(List.of(), copy.invitations());
    assertTrue(
        page(organiser, "/manage/events/" + slug + "/committee")
            .document()
            .select("#invitations")
            .isEmpty());

    // Partners and their logos, served under the new edition's address.
    assertEquals(original.partners(), copy.partners());
    assertEquals(
        original.logoPaths().stream()
            .map(p -> p.replace("/" + SOURCE + "/", "/" + slug + "/"))
            .toList(),
        copy.logoPaths());
    for (int i = 0; i < original.logos().size(); i++) {
      assertArrayEquals(original.logos().get(i), copy.logos().get(i), "logo " + i);
    }

    // A draft: nobody else sees it, not even the reviewer on its committee.
    WebClient anonymous = new WebClient();
    for (String path :
        List.of("/events/" + slug, "/events/" + slug + "/cfp", "/api/v1/events/" + slug)) {
      assertEquals(404, anonymous.get(path).status(), path);
    }
    assertEquals(404, anonymous.getBytes("/events/" + slug + "/logos/0").statusCode());
    WebClient reviewer = DemoUsers.REVIEWER.signedIn();
    assertEquals(404, reviewer.get("/events/" + slug).status());
    assertEquals(403, reviewer.getWithoutRedirect("/manage/events/" + slug + "/edit").status());
    assertEquals(403, reviewer.getWithoutRedirect("/manage/events/" + slug + "/call").status());
    assertEquals(
        403, DemoUsers.AUTHOR.signedIn().getWithoutRedirect("/manage/events/" + slug).status());

    // Published, the public sees the same tracks, types, call and logos.
    Page published =
        organiser.submit(page(organiser, "/manage/events/" + slug), "status", Map.of(), "publish");
    assertTrue(published.infos().size() > 0, published.text());
    assertEquals(200, anonymous.get("/events/" + slug).status());
    assertEquals(200, anonymous.get("/events/" + slug + "/cfp").status());
    for (int i = 0; i < original.logos().size(); i++) {
      var served = anonymous.getBytes("/events/" + slug + "/logos/" + i);
      assertEquals(200, served.statusCode(), "logo " + i);
      assertArrayEquals(original.logos().get(i), served.body(), "logo " + i);
    }
    JsonObject before = api(SOURCE);
    JsonObject after = api(slug);
    // The copies are new rows: everything but their ids is the same.
    assertEquals(withoutIds(before, "tracks"), withoutIds(after, "tracks"));
    assertEquals(withoutIds(before, "presentationTypes"), withoutIds(after, "presentationTypes"));
    assertEquals(before.getJsonArray("partners"), after.getJsonArray("partners"));
    JsonObject sourceCall = before.getJsonObject("callForPapers");
    JsonObject copyCall = after.getJsonObject("callForPapers");
    assertNotNull(copyCall, after::toString);
    assertEquals(sourceCall.getString("reviewMode"), copyCall.getString("reviewMode"));
    assertEquals(sourceCall.getString("eligibility"), copyCall.getString("eligibility"));
    for (String field : API_CALL_DATES) {
      LocalDateTime from =
          OffsetDateTime.parse(sourceCall.getString(field))
              .atZoneSameInstant(BUCHAREST)
              .toLocalDateTime();
      LocalDateTime to =
          OffsetDateTime.parse(copyCall.getString(field))
              .atZoneSameInstant(BUCHAREST)
              .toLocalDateTime();
      assertEquals(from.plusWeeks(WEEKS), to, field);
    }
    assertEquals(
        Integer.parseInt(original.details().get("event:edition")) + 1,
        Integer.parseInt(
            page(organiser, "/manage/events/" + slug + "/edit").fieldValue("event:edition")));

    // Nothing of the original changed, on its pages or in the API.
    assertSameEdition(original, read(organiser, SOURCE));
    assertEquals(originalApi, new WebClient().get("/api/v1/events/" + SOURCE).body());
  }

  @Test
  void aCopyTakesTheMembersButNotTheOpenInvitations() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String first = freshSlug("annual-conference-first");
    copy(organiser, SOURCE, first, 1, "YEARS");

    String invitee = freshSlug("invitee") + "@colloquium.example";
    Page invited =
        organiser.submit(
            page(organiser, "/manage/events/" + first + "/committee"),
            "invite",
            Map.of("email", invitee, "role", "REVIEWER", "message", "Vă rugăm să ne ajutați."),
            "submit");
    assertEquals(List.of(), invited.errors());
    Edition withInvitation = read(organiser, first);
    assertEquals(1, withInvitation.invitations().size(), withInvitation.invitations()::toString);
    assertTrue(withInvitation.invitations().get(0).contains(invitee));

    String second = freshSlug("annual-conference-second");
    copy(organiser, first, second, 0, "WEEKS");
    Edition copy = read(organiser, second);
    assertEquals(withInvitation.members(), copy.members());
    assertEquals(List.of(), copy.invitations(), "invitations stay with their edition");
    assertNotEquals(
        withInvitation.details().get("event:edition"), copy.details().get("event:edition"));
    assertEquals(withInvitation.details().get("event:start"), copy.details().get("event:start"));
    assertEquals(withInvitation.call(), copy.call(), "no shift: the very same call");
    assertSameEdition(withInvitation, read(organiser, first));
  }
}
