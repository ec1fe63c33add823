package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Quotas against using the site to mail strangers or fill its database (issue 10): co-author
 * notices per address and day (the submission is saved, the notice is not queued, submitter and
 * organisers see who was not told), and submissions per account and event (the test server allows
 * 100, see arquillian.xml; the default is 20).
 */
class QuotasIT extends DeployedApplication {

  private static final String EVENT = "annual-conference-iii";
  private static final String PASSWORD = "amber glacier violin 42";

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static JsonObject author(String name, String email, boolean presenting) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("email", email)
        .add("presenting", presenting)
        .build();
  }

  private static JsonObject handedIn(String title, String coAuthor) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("abstract", "How conferences are flooded, and how they keep afloat. ".repeat(4))
        .add("keywords", Json.createArrayBuilder().add("quotas").add("mail").add("abuse"))
        .add("trackId", SubmissionsApi.firstId(EVENT, "tracks"))
        .add("presentationTypeId", SubmissionsApi.firstId(EVENT, "presentationTypes"))
        .add("language", "en")
        .add(
            "authors",
            Json.createArrayBuilder()
                .add(author("Ioana Țăranu", DemoUsers.AUTHOR.email(), true))
                .add(author("Mihai Popular", coAuthor, false)))
        .add("submit", true)
        .build();
  }

  private static List<String> notNotified(Answer answer) {
    return answer.json().getJsonArray("coAuthorsNotNotified").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void anAddressGetsFiveCoAuthorNoticesADayAndTheRestIsShownNotMailed() {
    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    String popular = Accounts.freshEmail("popular");
    for (int i = 1; i <= 5; i++) {
      Answer created =
          SubmissionsApi.create(
              EVENT, token, SubmissionsApi.key(), handedIn("Flood " + i, popular));
      assertEquals(201, created.status(), created.body());
      assertEquals("submitted", created.json().getString("state"));
      assertEquals(List.of(), notNotified(created));
    }
    Answer sixth =
        SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), handedIn("Flood 6", popular));
    assertEquals(201, sixth.status(), "the submission itself is saved: " + sixth.body());
    assertEquals("submitted", sixth.json().getString("state"));
    assertEquals(List.of(popular), notNotified(sixth));

    Mails.awaitFor(catcher.server(), popular, 5, Duration.ofSeconds(30));
    Mails.sleep(3000);
    assertEquals(5, Mails.to(catcher.server(), popular).size(), "no sixth notice was queued");

    long id = sixth.json().getJsonNumber("id").longValue();
    Page mine = DemoUsers.AUTHOR.signedIn().get("/my/submissions/" + id);
    Element notice = mine.document().getElementById("not-notified");
    assertTrue(notice != null, "the submitter is told: " + mine.text());
    assertTrue(notice.text().contains(popular), notice.text());
    assertTrue(notice.text().contains("daily limit"), notice.text());

    int number = sixth.json().getInt("number");
    Page organisers =
        DemoUsers.ORGANISER.signedIn().get("/manage/events/" + EVENT + "/submissions/" + number);
    Element row =
        organisers.document().select("#authors tr").stream()
            .filter(r -> r.text().contains(popular))
            .findFirst()
            .orElseThrow(() -> new AssertionError(organisers.text()));
    assertTrue(row.text().contains("not notified by mail"), row.text());
  }

  @Test
  void anAccountMayMakeOnlySoManySubmissionsToOneEvent() {
    WebClient browser = new WebClient();
    String email = Accounts.freshEmail("prolific");
    Accounts.signUpExpectingMail(browser, "Radu Prolific", email, PASSWORD);
    browser.get(Mails.link(Mails.awaitOne(catcher.server(), email), "/confirm-email?token="));
    DemoUsers.signIn(browser, email, PASSWORD);
    String token = SubmissionsApi.newToken(browser, "quota", PASSWORD);

    JsonObject draft =
        Json.createObjectBuilder()
            .add("title", "One of many")
            .add("abstract", "Drafts, drafts, drafts.")
            .add("language", "en")
            .add("authors", Json.createArrayBuilder().add(author("Radu Prolific", email, true)))
            .build();
    for (int i = 0; i < 100; i++) {
      Answer created = SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), draft);
      assertEquals(201, created.status(), () -> created.body());
    }
    Answer refused = SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), draft);
    assertEquals(422, refused.status(), refused.body());
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("submission.quota.count", error.getString("messageKey"));
    assertTrue(error.getString("message").contains("100 submissions"), error.getString("message"));

    Page form = browser.get("/events/" + EVENT + "/submit");
    Page onForm =
        browser.submitMultipart(
            form,
            "submission",
            Map.of("title", "The hundred and first", "abstract", "One more.", "language", "en"),
            Map.of(),
            "saveDraft");
    assertTrue(
        onForm.errors().toString().contains("You have already made 100 submissions"),
        onForm.errors()::toString);
    assertEquals("The hundred and first", onForm.fieldValue("submission:title"), "kept");
  }
}
