package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The submissions API with personal tokens: create once whatever the retries, attach a PDF, hand
 * in, read; and every way someone else might reach a submission that is not theirs.
 */
class SubmissionApiIT extends DeployedApplication {

  private static final String EVENT = "annual-conference-iii";
  private static final String PAST_EVENT = "20-months-after";
  private static final String AUTHOR_NAME = "Radu Anghelescu-Pop";

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  // ---- requests -------------------------------------------------------------------------

  private static Answer get(String path, String token) {
    return SubmissionsApi.get(path, token);
  }

  private static Answer post(String path, String token) {
    return SubmissionsApi.post(path, token);
  }

  private static Answer send(
      String method, String path, String token, String contentType, byte[] body, String key) {
    return SubmissionsApi.send(method, path, token, contentType, body, key);
  }

  private static Answer create(String token, String key, JsonObject body) {
    return SubmissionsApi.create(EVENT, token, key, body);
  }

  private static Answer create(String slug, String token, String key, JsonObject body) {
    return SubmissionsApi.create(slug, token, key, body);
  }

  private static Answer putFile(String token, long id, byte[] pdf, String query) {
    return SubmissionsApi.putFile(EVENT, token, id, pdf, query);
  }

  // ---- data ----------------------------------------------------------------------------

  private static JsonObject author(String name, String email, boolean presenting) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("email", email)
        .add("affiliation", "Universitatea din București")
        .add("country", "RO")
        .add("presenting", presenting)
        .add("mayEdit", false)
        .build();
  }

  private static JsonObjectBuilder submission(String title, long trackId, long typeId) {
    JsonArrayBuilder keywords =
        Json.createArrayBuilder().add("energy security").add("Black Sea").add("resilience");
    return Json.createObjectBuilder()
        .add("title", title)
        .add(
            "abstract",
            "We study how the **energy security** of the Black Sea region changed after 2022. "
                .repeat(5))
        .add("keywords", keywords)
        .add("trackId", trackId)
        .add("presentationTypeId", typeId)
        .add("language", "en")
        .add(
            "authors",
            Json.createArrayBuilder()
                .add(author(AUTHOR_NAME, DemoUsers.AUTHOR.email(), true))
                .add(author("Олена Шевченко", Accounts.freshEmail("coauthor"), false)))
        .add("submit", false);
  }

  private static long firstId(String field) {
    return SubmissionsApi.firstId(EVENT, field);
  }

  private static JsonObject draft(String title) {
    return submission(title, firstId("tracks"), firstId("presentationTypes")).build();
  }

  private static String key() {
    return SubmissionsApi.key();
  }

  static byte[] pdf(String text, Consumer<PDDocument> change) {
    return SubmissionsApi.pdf(text, change);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String tokenOf(DemoUsers user) {
    return SubmissionsApi.tokenOf(user);
  }

  private static void assertProblem(int status, Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(
        answer.header("Content-Type").startsWith("application/problem+json"),
        answer.headers()::toString);
    assertEquals(status, answer.json().getInt("status"));
  }

  private static long createDraft(String token, String title) {
    Answer created = create(token, key(), draft(title));
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  // ---- tests ---------------------------------------------------------------------------

  @Test
  void aRetriedCreateMakesOneSubmissionThenAPdfIsAttachedHandedInAndRead() throws Exception {
    String token = tokenOf(DemoUsers.AUTHOR);
    String key = key();
    String title = "Energy security " + key.substring(0, 8);
    JsonObject body = draft(title);

    Answer first = create(token, key, body);
    assertEquals(201, first.status(), first.body());
    JsonObject created = first.json();
    long id = created.getJsonNumber("id").longValue();
    assertEquals(Deployments.baseUrl() + "/api/v1/submissions/" + id, first.header("Location"));
    assertEquals("draft", created.getString("state"));
    assertEquals("submitter", created.getString("role"));
    assertEquals(EVENT, created.getString("event"));
    assertEquals(title, created.getString("title"));
    assertEquals(2, created.getJsonArray("authors").size());
    assertEquals(
        "Олена Шевченко", created.getJsonArray("authors").getJsonObject(1).getString("name"));
    assertTrue(created.get("file") == null || created.get("file") == JsonValue.NULL);

    Answer again = create(token, key, body);
    assertEquals(200, again.status(), "the same key answers the first submission");
    assertEquals(id, again.json().getJsonNumber("id").longValue());
    assertEquals(first.header("Location"), again.header("Location"));

    // The PDF's metadata names the author: a warning for this double-blind call, not a refusal.
    byte[] named =
        pdf(
            "Energy security in the Black Sea",
            d -> d.getDocumentInformation().setAuthor(AUTHOR_NAME));
    Answer attached = putFile(token, id, named, "?fileName=paper.pdf");
    assertEquals(200, attached.status(), attached.body());
    JsonObject withFile = attached.json();
    assertEquals(
        List.of("metadata-names-an-author"),
        withFile.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
            .map(w -> w.getString("code"))
            .toList());
    assertEquals("paper.pdf", withFile.getJsonObject("file").getString("name"));
    assertEquals(sha256(named), withFile.getJsonObject("file").getString("sha256"));

    Answer stripped = putFile(token, id, named, "?strip=true&fileName=paper.pdf");
    assertEquals(200, stripped.status(), stripped.body());
    JsonObject file = stripped.json().getJsonObject("file");
    assertTrue(stripped.json().getJsonArray("warnings").isEmpty(), stripped.body());
    assertFalse(sha256(named).equals(file.getString("sha256")), "a cleaned copy was stored");

    Answer handedIn = post("/api/v1/submissions/" + id + "/submit", token);
    assertEquals(200, handedIn.status(), handedIn.body());
    assertEquals("submitted", handedIn.json().getString("state"));
    assertTrue(handedIn.json().containsKey("submittedAt"));

    JsonObject read = get("/api/v1/submissions/" + id, token).json();
    assertEquals("submitted", read.getString("state"));
    assertEquals(file.getString("sha256"), read.getJsonObject("file").getString("sha256"));
    assertTrue(
        read.getString("acceptedUntil")
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?[+-]\\d\\d:\\d\\d"),
        read.getString("acceptedUntil"));

    Answer download =
        get(read.getJsonObject("file").getString("url").replace(Deployments.baseUrl(), ""), token);
    assertEquals(200, download.status());
    assertEquals("application/pdf", download.header("Content-Type"));
    assertTrue(download.header("Content-Disposition").startsWith("attachment"));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));
    assertEquals(file.getString("sha256"), sha256(download.bytes()));
    assertEquals(file.getJsonNumber("size").longValue(), download.bytes().length);

    // The organiser of the event sees it in the list and in full.
    String organiser = tokenOf(DemoUsers.ORGANISER);
    Answer list = get("/api/v1/events/" + EVENT + "/submissions?first=0&max=500", organiser);
    assertEquals(200, list.status(), list.body());
    assertTrue(
        list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(i -> i.getJsonNumber("id").longValue() == id),
        list.body());
    assertEquals("organiser", get("/api/v1/submissions/" + id, organiser).json().getString("role"));
    assertArrayEquals(
        download.bytes(), get("/api/v1/submissions/" + id + "/file", organiser).bytes());
  }

  @Test
  void theListIsPaged() {
    String author = tokenOf(DemoUsers.AUTHOR);
    for (int i = 0; i < 2; i++) {
      long id = createDraft(author, "Paged " + key());
      assertEquals(200, post("/api/v1/submissions/" + id + "/submit", author).status());
    }
    String organiser = tokenOf(DemoUsers.ORGANISER);
    JsonObject firstPage =
        get("/api/v1/events/" + EVENT + "/submissions?first=0&max=1", organiser).json();
    JsonObject secondPage =
        get("/api/v1/events/" + EVENT + "/submissions?first=1&max=1", organiser).json();
    assertTrue(firstPage.getJsonNumber("total").longValue() >= 2);
    assertEquals(1, firstPage.getJsonArray("items").size());
    assertEquals(1, secondPage.getJsonArray("items").size());
    assertTrue(
        firstPage.getJsonArray("items").getJsonObject(0).getInt("number")
            < secondPage.getJsonArray("items").getJsonObject(0).getInt("number"));
  }

  @Test
  void badRequestsAreExplained() {
    String token = tokenOf(DemoUsers.AUTHOR);
    JsonObject body = draft("No key");
    Answer noKey = create(token, null, body);
    assertProblem(400, noKey);
    assertTrue(noKey.json().getString("detail").contains("Idempotency-Key"));

    Answer invalid =
        create(
            token,
            key(),
            Json.createObjectBuilder()
                .add("title", "")
                .add("authors", Json.createArrayBuilder().add(author("", "not-an-address", true)))
                .add("submit", true)
                .build());
    assertProblem(422, invalid);
    List<String> fields =
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field") + " " + e.getString("messageKey"))
            .toList();
    assertTrue(fields.contains("title submission.title.required"), fields::toString);
    assertTrue(
        fields.contains("authors[0].email submission.author.email.invalid"), fields::toString);
    assertTrue(
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .allMatch(e -> !e.getString("message").isBlank()));
    // The text comes from the submissions module's own bundle, merged by the web module.
    assertTrue(
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("message").equals("Please enter the title.")),
        invalid::body);

    Answer wrongType = create(token, key(), Json.createObjectBuilder().add("title", 42).build());
    assertProblem(400, wrongType);
    assertTrue(wrongType.json().getString("detail").contains("title"), wrongType.body());

    Answer notJson =
        send(
            "POST",
            "/api/v1/events/" + EVENT + "/submissions",
            token,
            "application/json",
            "{not json".getBytes(StandardCharsets.UTF_8),
            key());
    assertProblem(400, notJson);

    assertProblem(404, create("no-such-event", token, key(), body));
  }

  @Test
  void aBodyOfTheWrongShapeNamesTheFieldAndNullMeansNotGiven() {
    String token = tokenOf(DemoUsers.AUTHOR);
    Answer nested =
        create(
            token,
            key(),
            Json.createObjectBuilder()
                .add("title", "Nested " + key())
                .add(
                    "authors",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "A").add("presenting", "yes")))
                .build());
    assertProblem(400, nested);
    assertTrue(nested.json().getString("detail").contains("authors.presenting"), nested::body);

    Answer nullAuthor =
        create(
            token,
            key(),
            Json.createObjectBuilder()
                .add("title", "Null author " + key())
                .add("authors", Json.createArrayBuilder().addNull())
                .build());
    assertProblem(400, nullAuthor);
    assertTrue(nullAuthor.json().getString("detail").contains("authors[0]"), nullAuthor::body);

    Answer nullKeyword =
        create(
            token,
            key(),
            Json.createObjectBuilder()
                .add("title", "Null keyword " + key())
                .add("keywords", Json.createArrayBuilder().add("a").addNull())
                .build());
    assertProblem(400, nullKeyword);
    assertTrue(nullKeyword.json().getString("detail").contains("keywords[1]"), nullKeyword::body);

    assertProblem(
        400,
        send(
            "POST",
            "/api/v1/events/" + EVENT + "/submissions",
            token,
            "application/json",
            new byte[0],
            key()));

    // null stands for "not given": a draft with nothing but its title.
    Answer nulls =
        create(
            token,
            key(),
            Json.createObjectBuilder()
                .add("title", "Nulls " + key())
                .addNull("abstract")
                .addNull("keywords")
                .addNull("trackId")
                .addNull("authors")
                .addNull("submit")
                .build());
    assertEquals(201, nulls.status(), nulls.body());
    assertEquals("draft", nulls.json().getString("state"));
  }

  @Test
  void aPdfWithJavaScriptOrAnotherTypeIsRefusedWithAReason() {
    String token = tokenOf(DemoUsers.AUTHOR);
    long id = createDraft(token, "Scripted " + key());
    Answer scripted =
        putFile(
            token,
            id,
            pdf(
                "Hello",
                d ->
                    d.getDocumentCatalog()
                        .setOpenAction(new PDActionJavaScript("app.alert('x');"))),
            "");
    assertProblem(422, scripted);
    JsonObject error = scripted.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("file", error.getString("field"));
    assertEquals("submission.pdf.containsJavascript", error.getString("messageKey"));

    Answer word =
        send(
            "PUT",
            "/api/v1/events/" + EVENT + "/submissions/" + id + "/file",
            token,
            "application/msword",
            new byte[] {1, 2, 3},
            null);
    assertProblem(415, word);
    Answer notAPdf = putFile(token, id, "plain text".getBytes(StandardCharsets.UTF_8), "");
    assertProblem(422, notAPdf);
    assertEquals(
        "submission.pdf.notAPdf",
        notAPdf.json().getJsonArray("errors").getJsonObject(0).getString("messageKey"));
    Answer tooLarge = putFile(token, id, new byte[11 * 1024 * 1024], "");
    assertProblem(413, tooLarge);
  }

  @Test
  void nobodyElseReachesASubmissionWhateverTheyTry() {
    String author = tokenOf(DemoUsers.AUTHOR);
    long id = createDraft(author, "Private " + key());
    assertEquals(200, putFile(author, id, pdf("Private", d -> {}), "").status());

    String other = tokenOf(DemoUsers.ATTENDEE);
    createDraft(other, "The other author's own " + key());
    String reviewer = tokenOf(DemoUsers.REVIEWER);
    for (String stranger : List.of(other, reviewer)) {
      assertProblem(404, get("/api/v1/submissions/" + id, stranger));
      assertProblem(404, get("/api/v1/submissions/" + id + "/file", stranger));
      assertProblem(404, putFile(stranger, id, pdf("Mine now", d -> {}), ""));
      assertProblem(404, post("/api/v1/submissions/" + id + "/submit", stranger));
      assertProblem(404, post("/api/v1/submissions/" + id + "/withdraw", stranger));
    }
    // Guessing: an id that does not exist answers the same.
    assertProblem(404, get("/api/v1/submissions/" + (id + 100_000), other));
    // Through another event's address, even the author's own submission is not there.
    assertProblem(
        404,
        send(
            "PUT",
            "/api/v1/events/" + PAST_EVENT + "/submissions/" + id + "/file",
            author,
            "application/pdf",
            pdf("x", d -> {}),
            null));
    // Drafts are their authors' alone: not even the organiser sees this one yet.
    assertProblem(404, get("/api/v1/submissions/" + id, tokenOf(DemoUsers.ORGANISER)));
    // Reviewers see nothing yet, and the public nothing at all.
    assertProblem(403, get("/api/v1/events/" + EVENT + "/submissions", reviewer));
    assertProblem(403, get("/api/v1/events/" + EVENT + "/submissions", other));
    assertProblem(401, get("/api/v1/submissions/" + id, null));
    assertProblem(401, get("/api/v1/events/" + EVENT + "/submissions", null));
    assertTrue(
        get("/api/v1/submissions/" + id, null).header("WWW-Authenticate").startsWith("Bearer"));

    // A session cookie is not a credential for the API.
    WebClient signedIn = DemoUsers.AUTHOR.signedIn();
    assertEquals(401, signedIn.get("/api/v1/submissions/" + id).status());
  }

  @Test
  void aDraftEventAnswersExactlyLikeAnUnknownOneOnEveryEventRoute() {
    String draft = "annual-conference-iv";
    String unknown = "no-such-event-" + key().substring(0, 8);
    byte[] json = draft("Into a draft " + key()).toString().getBytes(StandardCharsets.UTF_8);
    byte[] pdf = pdf("Into a draft", d -> {});
    for (DemoUsers user : List.of(DemoUsers.AUTHOR, DemoUsers.REVIEWER, DemoUsers.ORGANISER)) {
      String token = tokenOf(user);
      for (String[] route :
          List.of(
              new String[] {"GET", "/api/v1/events/%s"},
              new String[] {"GET", "/api/v1/events/%s/submissions"},
              new String[] {"GET", "/api/v1/events/%s/submissions?first=0&max=10"},
              new String[] {"POST", "/api/v1/events/%s/submissions"},
              new String[] {"PUT", "/api/v1/events/%s/submissions/1/file"})) {
        String method = route[0];
        String type =
            method.equals("POST")
                ? "application/json"
                : method.equals("PUT") ? "application/pdf" : null;
        byte[] body = method.equals("POST") ? json : method.equals("PUT") ? pdf : null;
        String idempotency = method.equals("POST") ? key() : null;
        Answer ofDraft = send(method, route[1].formatted(draft), token, type, body, idempotency);
        Answer ofUnknown =
            send(method, route[1].formatted(unknown), token, type, body, idempotency);
        String what = user + " " + method + " " + route[1];
        assertProblem(404, ofDraft);
        assertEquals(ofUnknown.status(), ofDraft.status(), what);
        assertEquals(ofUnknown.body(), ofDraft.body(), what);
        assertEquals(headersOf(ofUnknown), headersOf(ofDraft), what);
      }
    }
    // Anonymous callers learn nothing either: both are refused for want of a token, alike.
    Answer anonymousDraft = get("/api/v1/events/" + draft + "/submissions", null);
    Answer anonymousUnknown = get("/api/v1/events/" + unknown + "/submissions", null);
    assertProblem(401, anonymousDraft);
    assertEquals(anonymousUnknown.body(), anonymousDraft.body());
    assertEquals(headersOf(anonymousUnknown), headersOf(anonymousDraft));
    // Whoever may manage the draft (the platform administrator, in the demo) still reaches it.
    assertEquals(
        200,
        get("/api/v1/events/" + draft + "/submissions", tokenOf(DemoUsers.ADMINISTRATOR)).status());
  }

  /** An answer's headers, less those that differ from one answer to the next by nature. */
  private static Map<String, List<String>> headersOf(Answer answer) {
    Map<String, List<String>> headers = new java.util.TreeMap<>(answer.headers().map());
    headers.remove("date");
    headers.remove(":status");
    return headers;
  }

  @Test
  void anOrganiserOfAnotherEventSeesNoneOfThisEventsSubmissions() {
    String author = tokenOf(DemoUsers.AUTHOR);
    long id = createDraft(author, "Handed in " + key());
    assertEquals(200, post("/api/v1/submissions/" + id + "/submit", author).status());

    String email = Accounts.freshEmail("other-organiser");
    WebClient other = new WebClient();
    Accounts.signUpExpectingMail(other, "Mihai Other-Organiser", email, "amber glacier violin 42");
    MimeMessage confirmation =
        Mails.awaitFor(catcher.server(), email, 1, Duration.ofSeconds(20)).get(0);
    other.get(Mails.link(confirmation, "/confirm-email?token="));
    DemoUsers.signIn(other, email, "amber glacier violin 42");
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    organiser.submit(
        organiser.get("/manage/events/" + PAST_EVENT + "/committee"),
        "invite",
        Map.of("email", email, "role", "ORGANISER", "message", ""),
        "submit");
    MimeMessage invitation =
        Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(20)).get(1);
    Page accept = other.get(Mails.link(invitation, "/invitation?token="));
    Page accepted = other.submit(accept, "accept", Map.of(), "submit");
    assertTrue(
        accepted.infos().toString().contains("Invitation accepted"), accepted.infos()::toString);

    String token =
        ApiTokenIT.newToken(other, "organiser of the past conference", "amber glacier violin 42");
    assertEquals(
        200, get("/api/v1/events/" + PAST_EVENT + "/submissions", token).status(), "their own");
    assertProblem(403, get("/api/v1/events/" + EVENT + "/submissions", token));
    assertProblem(404, get("/api/v1/submissions/" + id, token));
    assertProblem(404, get("/api/v1/submissions/" + id + "/file", token));
  }

  @Test
  void afterTheDeadlineTheAnswerSaysUntilWhen() {
    String token = tokenOf(DemoUsers.AUTHOR);
    Answer late = create(PAST_EVENT, token, key(), draft("Too late"));
    assertProblem(409, late);
    assertEquals("deadline-passed", late.json().getString("reason"));
    assertEquals(
        "2023-09-15T23:59+03:00",
        java.time.OffsetDateTime.parse(late.json().getString("acceptedUntil")).toString());
    assertTrue(late.json().getString("detail").contains("2023-09-15T23:59+03:00"), late.body());
  }

  @Test
  void aWithdrawnSubmissionStaysVisibleToTheOrganiserAndARevokedTokenIsRefused() {
    WebClient authorPages = DemoUsers.AUTHOR.signedIn();
    String name = ApiTokenIT.unique("withdrawing");
    String author = ApiTokenIT.newToken(authorPages, name);
    long id = createDraft(author, "Withdrawn " + key());
    assertEquals(200, post("/api/v1/submissions/" + id + "/submit", author).status());
    Answer withdrawn = post("/api/v1/submissions/" + id + "/withdraw", author);
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("withdrawn", withdrawn.json().getString("state"));
    assertFalse(withdrawn.json().getBoolean("editable"));
    assertEquals("withdrawn", withdrawn.json().getString("readOnlyReason"));
    Answer again = post("/api/v1/submissions/" + id + "/withdraw", author);
    assertProblem(409, again);
    assertEquals("withdrawn", again.json().getString("reason"));

    String organiser = tokenOf(DemoUsers.ORGANISER);
    assertEquals(
        "withdrawn", get("/api/v1/submissions/" + id, organiser).json().getString("state"));

    Page confirm = ApiTokenIT.askToRevoke(authorPages, name);
    authorPages.submit(confirm, "revokeApiToken", Map.of(), "confirm");
    assertProblem(401, get("/api/v1/submissions/" + id, author));
    assertNotNull(organiser);
  }
}
