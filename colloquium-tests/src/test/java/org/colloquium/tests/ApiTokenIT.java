package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens from the profile page to the API: the secret is shown once and never again, a
 * token identifies its owner until it is revoked, and nobody can revoke someone else's token.
 */
class ApiTokenIT extends DeployedApplication {

  /** No cookies: the API must not need a session. */
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Creates a read-write token without expiry on the profile page, giving the demo accounts'
   * password; returns the page that shows its secret.
   */
  static Page create(WebClient client, String name) {
    return create(client, name, DemoUsers.PASSWORD, "READ_WRITE", "NEVER");
  }

  static Page create(
      WebClient client, String name, String password, String scope, String lifetime) {
    return client.submit(
        client.get("/my/profile"),
        "apiTokens",
        Map.of("name", name, "password", password, "scope", scope, "lifetime", lifetime),
        "create");
  }

  /** The secret shown on the page after creation. */
  static String secretOn(Page page) {
    Element field = page.document().getElementById("newApiTokenSecret");
    assertNotNull(field, () -> "no secret shown: " + page.errors() + " " + page.text());
    assertTrue(field.hasAttr("readonly"));
    return field.val();
  }

  /** A new token of the client's account, ready to use. */
  static String newToken(WebClient client, String name) {
    return secretOn(create(client, name));
  }

  /** A new read-write token of an account whose password is {@code password}. */
  static String newToken(WebClient client, String name, String password) {
    return secretOn(create(client, name, password, "READ_WRITE", "NEVER"));
  }

  /** Presses Revoke in the row of the token named {@code name}: the confirmation step. */
  static Page askToRevoke(WebClient client, String name) {
    Page profile = client.get("/my/profile");
    Element row =
        profile.document().select("#apiTokenList tr.api-token").stream()
            .filter(tr -> tr.selectFirst(".api-token-name").text().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no token " + name + " in " + profile.text()));
    Element revoke = row.selectFirst("button[id$=:revoke]");
    return client.submit(
        profile, "apiTokenList", Map.of(), revoke.attr("name").substring("apiTokenList:".length()));
  }

  static HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertUnauthorized(HttpResponse<String> answer) {
    assertEquals(401, answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
        answer.headers()::toString);
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
    assertEquals(401, problem.getInt("status"));
  }

  @Test
  void aTokenIsShownOnceWorksUntilRevokedAndThenAnswers401() throws Exception {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String name = unique("submission script");
    Page created = create(author, name);
    String secret = secretOn(created);
    assertTrue(secret.matches("clq_[A-Za-z0-9_-]{43}"), secret);
    assertTrue(created.infos().toString().contains(name), created.infos()::toString);
    assertTrue(created.text().contains("it will not be shown again"), created.text());

    Page profile = author.get("/my/profile");
    assertFalse(profile.body().contains(secret), "the secret is shown only once");
    assertFalse(profile.body().contains(secret.substring(4)), "not even without its prefix");
    Element row =
        profile.document().select("#apiTokenList tr.api-token").stream()
            .filter(tr -> tr.selectFirst(".api-token-name").text().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("token not listed: " + profile.text()));
    assertEquals("Never", row.selectFirst(".api-token-last-used").text());

    assertEquals(200, get("/api/v1/events", "Bearer " + secret).statusCode());
    Element used =
        author.get("/my/profile").document().select("#apiTokenList tr.api-token").stream()
            .filter(tr -> tr.selectFirst(".api-token-name").text().equals(name))
            .findFirst()
            .orElseThrow();
    assertNotEquals("Never", used.selectFirst(".api-token-last-used").text(), "use is recorded");

    Page confirm = askToRevoke(author, name);
    assertTrue(confirm.text().contains("Revoke this token?"), confirm.text());
    assertTrue(confirm.document().getElementById("revokeApiToken").text().contains(name));
    assertEquals(200, get("/api/v1/events", "Bearer " + secret).statusCode(), "not yet revoked");
    Page revoked = author.submit(confirm, "revokeApiToken", Map.of(), "confirm");
    assertEquals("/my/profile", revoked.path());
    assertTrue(revoked.infos().toString().contains("revoked"), revoked.infos()::toString);
    assertFalse(revoked.text().contains(name), "a revoked token leaves the list");

    assertUnauthorized(get("/api/v1/events", "Bearer " + secret));
    assertUnauthorized(get("/api/v1/events/annual-conference-iii", "bearer " + secret));
  }

  @Test
  void cancellingTheConfirmationKeepsTheToken() throws Exception {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String name = unique("kept");
    String secret = newToken(author, name);
    Page confirm = askToRevoke(author, name);
    Page cancelled = author.submit(confirm, "revokeApiToken", Map.of(), "cancel");
    assertTrue(cancelled.text().contains(name));
    assertEquals(200, get("/api/v1/events", "Bearer " + secret).statusCode());
    author.submit(askToRevoke(author, name), "revokeApiToken", Map.of(), "confirm");
  }

  @Test
  void withoutATokenThePublicApiStaysOpenAndABadTokenIsRefused() throws Exception {
    assertEquals(200, get("/api/v1/events", null).statusCode());
    assertUnauthorized(get("/api/v1/events", "Bearer clq_" + "A".repeat(43)));
    assertUnauthorized(get("/api/v1/events", "Bearer not-a-token"));
    assertUnauthorized(get("/api/v1/events", "Basic YXV0aG9yOnB3"));
  }

  @Test
  void aTokenNeedsAName() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    Page refused = create(author, "  ");
    assertEquals("Please give the token a name.", refused.fieldError("apiTokens:name"));
    assertTrue(refused.fieldMarkedInvalid("apiTokens:name"));
    assertEquals(null, refused.document().getElementById("newApiTokenSecret"));
  }

  @Test
  void nobodyCanRevokeSomeoneElsesToken() throws Exception {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String name = unique("victim");
    String secret = newToken(author, name);
    Page authorsConfirm = askToRevoke(author, name);
    String victimId = authorsConfirm.fieldValue("revokeApiToken:token");
    assertTrue(victimId != null && victimId.matches("\\d+"), authorsConfirm.text());
    author.submit(authorsConfirm, "revokeApiToken", Map.of(), "cancel");

    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    String own = unique("attacker");
    newToken(attendee, own);
    Page attendeesConfirm = askToRevoke(attendee, own);
    Page refused =
        attendee.submit(attendeesConfirm, "revokeApiToken", Map.of("token", victimId), "confirm");
    assertEquals(404, refused.status(), refused.text());
    assertEquals(200, get("/api/v1/events", "Bearer " + secret).statusCode(), "still valid");
  }

  @Test
  void aReadOnlyTokenReadsAndEveryWriteIsRefusedNamingTheScope() throws Exception {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String name = unique("read-only report");
    String secret = secretOn(create(author, name, DemoUsers.PASSWORD, "READ_ONLY", "DAYS_90"));
    Element row = rowOf(author.get("/my/profile"), name);
    assertEquals("Read only", row.selectFirst(".api-token-scope").text());
    assertNotEquals("Never", row.selectFirst(".api-token-expires").text(), "an expiry is shown");

    assertEquals(200, get("/api/v1/events", "Bearer " + secret).statusCode());
    assertEquals(200, get("/api/v1/events/annual-conference-iii", "Bearer " + secret).statusCode());
    for (String[] write :
        List.of(
            new String[] {"POST", "/api/v1/events/annual-conference-iii/submissions"},
            new String[] {"PUT", "/api/v1/events/annual-conference-iii/submissions/1/file"},
            new String[] {"POST", "/api/v1/submissions/1/submit"},
            new String[] {"POST", "/api/v1/submissions/1/withdraw"})) {
      HttpResponse<String> refused =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + write[1]))
                  .method(write[0], HttpRequest.BodyPublishers.ofString("{}"))
                  .header("Authorization", "Bearer " + secret)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String what = write[0] + " " + write[1];
      assertEquals(403, refused.statusCode(), what + ": " + refused.body());
      assertTrue(
          refused
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"),
          what);
      JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
      assertEquals(403, problem.getInt("status"));
      assertEquals("insufficient-scope", problem.getString("reason"), what);
      assertTrue(problem.getString("detail").contains("read-only"), problem::toString);
      assertTrue(
          refused
              .headers()
              .firstValue("WWW-Authenticate")
              .orElse("")
              .contains("insufficient_scope"),
          what);
    }
    // An account holds at most ten tokens, and the test classes share the demo accounts.
    author.submit(askToRevoke(author, name), "revokeApiToken", Map.of(), "confirm");
  }

  @Test
  void aWrongPasswordIsExplainedNextToItsFieldAndNothingElseIsLost() throws Exception {
    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    String name = unique("wrong password");
    Page refused = create(attendee, name, "not the password at all", "READ_ONLY", "DAYS_30");
    assertEquals("The password is not correct.", refused.fieldError("apiTokens:password"));
    assertTrue(refused.fieldMarkedInvalid("apiTokens:password"));
    assertEquals(null, refused.document().getElementById("newApiTokenSecret"), "no token");
    assertEquals(name, refused.fieldValue("apiTokens:name"), "the name is kept");
    assertEquals(
        "READ_ONLY",
        refused.document().select("#apiTokens\\:scope option[selected]").val(),
        "the scope is kept");
    assertEquals(
        "DAYS_30",
        refused.document().select("#apiTokens\\:lifetime option[selected]").val(),
        "the expiry is kept");
    assertTrue(
        attendee.get("/my/profile").document().select("#apiTokenList .api-token-name").stream()
            .noneMatch(n -> n.text().equals(name)),
        "nothing was created");

    Page missing = create(attendee, name, "", "READ_ONLY", "DAYS_30");
    assertEquals("Please enter your password.", missing.fieldError("apiTokens:password"));

    // The right password then works (and clears the failure from the sign-in count).
    String secret = secretOn(create(attendee, name, DemoUsers.PASSWORD, "READ_ONLY", "DAYS_30"));
    assertEquals(200, get("/api/v1/events", "Bearer " + secret).statusCode());
    attendee.submit(askToRevoke(attendee, name), "revokeApiToken", Map.of(), "confirm");
  }

  private static Element rowOf(Page profile, String name) {
    return profile.document().select("#apiTokenList tr.api-token").stream()
        .filter(tr -> tr.selectFirst(".api-token-name").text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("token not listed: " + profile.text()));
  }
}
