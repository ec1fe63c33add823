package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limits against hostile crowds (issue 10): a stranger's wrong passwords slow the stranger but
 * never lock the owner out; one client address may use the anonymous forms only so often, and is
 * told on the page when to try again; unknown API tokens from one address end in 429 with
 * Retry-After. The test server trusts X-Forwarded-For, so each client here has an address of its
 * own (documentation ranges: no packet goes there).
 */
class AbuseLimitsIT extends DeployedApplication {

  private static final Pattern MINUTES = Pattern.compile("try again in (\\d+) minute");

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static Page signIn(WebClient client, String email, String password) {
    return client.submit(
        client.get("/sign-in"), "signIn", Map.of("email", email, "password", password), "submit");
  }

  private static int minutesIn(String message) {
    Matcher m = MINUTES.matcher(message);
    assertTrue(m.find(), () -> "no 'try again in N minutes' in: " + message);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void aStrangersWrongPasswordsSlowTheStrangerButNeverLockTheOwnerOut() {
    WebClient attacker = WebClient.from("203.0.113.7");
    String email = DemoUsers.REVIEWER.email();
    int checked = 0;
    Page last = null;
    for (int i = 0; i < 8; i++) {
      last = signIn(attacker, email, "wrong guess " + i);
      assertEquals("/sign-in", last.path());
      if (last.errors().contains("The email address or the password is not correct.")) {
        checked++;
      }
    }
    assertEquals(5, checked, "five guesses are checked, then the stranger waits");
    String refusal = last.errors().get(0);
    assertTrue(refusal.startsWith("Too many failed attempts"), refusal);
    int minutes = minutesIn(refusal);
    assertTrue(minutes >= 1 && minutes <= 3, refusal);
    assertEquals(email, last.fieldValue("signIn:email"), "the address typed is kept");
    assertEquals("", last.fieldValue("signIn:password"), "the password is not");

    Page stillPaused = signIn(attacker, email, DemoUsers.PASSWORD);
    assertEquals("/sign-in", stillPaused.path(), "even the right password waits on that client");

    WebClient owner = WebClient.from("198.51.100.20");
    Page my = signIn(owner, email, DemoUsers.PASSWORD);
    assertEquals("/my", my.path(), () -> "the owner was refused: " + my.errors());
  }

  @Test
  void signUpsFromOneAddressPauseWithAClearMessageThatKeepsWhatWasTyped() {
    WebClient crowd = WebClient.from("203.0.113.20");
    for (int i = 0; i < 20; i++) {
      Accounts.signUpExpectingMail(
          crowd, "Student " + i, Accounts.freshEmail("crowd"), "amber glacier violin 42");
    }
    String email = Accounts.freshEmail("one-too-many");
    Page refused =
        crowd.submit(
            crowd.get("/sign-up"),
            "signUp",
            Map.of(
                "fullName", "Ana Mulțime",
                "email", email,
                "password", "amber glacier violin 42",
                "affiliation", "Universitatea din București"),
            "submit");
    assertEquals("/sign-up", refused.path(), "no account, no mail");
    List<String> errors = refused.errors();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(
        errors.get(0).startsWith("Too many requests came from your network"), errors::toString);
    assertEquals(3, minutesIn(errors.get(0)), "one more sign-up every three minutes");
    assertEquals("Ana Mulțime", refused.fieldValue("signUp:fullName"));
    assertEquals(email, refused.fieldValue("signUp:email"));
    assertEquals("Universitatea din București", refused.fieldValue("signUp:affiliation"));
    assertEquals("", refused.fieldValue("signUp:password"));

    // Another network is not affected.
    Accounts.signUpExpectingMail(
        WebClient.from("198.51.100.21"), "Ana Mulțime", email, "amber glacier violin 42");
  }

  @Test
  void resetRequestsFromOneAddressPauseWithAClearMessage() {
    WebClient client = WebClient.from("203.0.113.21");
    for (int i = 0; i < 20; i++) {
      Page sent =
          client.submit(
              client.get("/forgot-password"),
              "forgotPassword",
              Map.of("email", Accounts.freshEmail("nobody")),
              "submit");
      assertTrue(sent.errors().isEmpty(), sent.errors()::toString);
    }
    String email = Accounts.freshEmail("nobody");
    Page refused =
        client.submit(
            client.get("/forgot-password"), "forgotPassword", Map.of("email", email), "submit");
    assertTrue(
        refused.errors().toString().contains("Too many requests came from your network"),
        refused.errors()::toString);
    assertEquals(email, refused.fieldValue("forgotPassword:email"));
  }

  @Test
  void unknownTokensFromOneAddressEndIn429WithRetryAfterWhileAValidTokenStillWorks()
      throws Exception {
    String address = "203.0.113.30";
    for (int i = 0; i < 60; i++) {
      HttpResponse<String> answer = api(address, "clq_not-a-token-" + i);
      assertEquals(401, answer.statusCode(), answer.body());
    }
    HttpResponse<String> limited = api(address, "clq_not-a-token-61");
    assertEquals(429, limited.statusCode(), limited.body());
    assertEquals(
        "application/problem+json", limited.headers().firstValue("Content-Type").orElse(""));
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "one more a minute: " + retryAfter);
    assertTrue(limited.body().contains("\"status\":429"), limited.body());

    String valid = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    assertEquals(200, api(address, valid).statusCode(), "a valid token is never refused");
    assertEquals(401, api("198.51.100.30", "clq_not-a-token").statusCode(), "other addresses");
  }

  private static HttpResponse<String> api(String address, String token)
      throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // see WebClient: X-Forwarded-For needs HTTP/1.1
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", address)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
