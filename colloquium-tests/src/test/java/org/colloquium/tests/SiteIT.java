package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;

/** The public site, the language switch, the health check and what every response carries. */
class SiteIT extends DeployedApplication {

  @Test
  void homePageListsTheDemoConferenceAndTheOpenCall() {
    Page home = new WebClient().get("/");
    assertEquals("Conferences and calls for papers", home.heading());
    List<String> openCalls = home.document().select(".call-card h3").eachText();
    assertTrue(
        openCalls.stream().anyMatch(t -> t.startsWith("IIIrd Annual Conference")),
        openCalls::toString);
    List<String> past = home.document().select(".event-card.past h3").eachText();
    assertTrue(
        past.contains(
            "20 Months After the Russian Invasion in Ukraine. What Has Been Done, What Needs to Be Done in the Near Future"),
        past::toString);
  }

  @Test
  void eventPageShowsDatesInTheEventsTimeZoneInTheChosenLanguage() {
    WebClient browser = new WebClient();
    Page english = browser.get("/events/20-months-after");
    assertTrue(english.text().contains("9–11 November 2023"), english.text());
    assertTrue(english.text().contains("you are welcome to attend online"));
    assertTrue(english.text().contains("The Fridtjof Nansen Institute (Oslo)"));
    assertEquals(
        "2023-11-09T09:30:00+02:00", english.document().selectFirst("time").attr("datetime"));

    Page romanian =
        browser.post("/language", Map.of("lang", "ro", "next", "/events/20-months-after"));
    assertEquals("/events/20-months-after", romanian.path());
    assertEquals("ro", romanian.document().selectFirst("html").attr("lang"));
    assertTrue(romanian.text().contains("9–11 noiembrie 2023"), romanian.text());
    assertTrue(romanian.text().contains("Organizator"));
    assertEquals("ro", browser.cookie("colloquium-lang"), "the choice is remembered");
  }

  @Test
  void markdownInDescriptionsIsRenderedAndSanitised() {
    Page event = new WebClient().get("/events/20-months-after");
    var link = event.document().selectFirst(".description a[href*=youtube]");
    assertEquals(
        java.util.Set.of("nofollow", "noreferrer", "noopener"),
        java.util.Set.of(link.attr("rel").split(" ")));
    assertTrue(event.document().select(".description script").isEmpty());
  }

  @Test
  void healthAnswersWhenTheDatabaseIs() {
    Page health = new WebClient().get("/health");
    assertEquals(200, health.status());
    assertEquals("{\"status\":\"UP\"}", health.body());
  }

  @Test
  void theManagementPortSaysReadyWithTheDatabaseAndAliveWithoutIt() {
    String management = System.getProperty("colloquium.it.management-url");
    Page ready = new WebClient(management).get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(
        ready.body().matches("(?s).*\"name\"\\s*:\\s*\"colloquium-database\".*"), ready.body());
    assertTrue(ready.body().matches("(?s)\\{\\s*\"status\"\\s*:\\s*\"UP\".*"), ready.body());
    // Liveness must never depend on the database: a slow database is no reason for a restart.
    Page live = new WebClient(management).get("/health/live");
    assertEquals(200, live.status(), live.body());
    assertFalse(live.body().contains("colloquium-database"), live.body());
  }

  @Test
  void everyPageCarriesSecurityHeaders() {
    Page page = new WebClient().get("/sign-in");
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies::toString);
    assertTrue(
        policies.stream().anyMatch(p -> p.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?")),
        policies::toString);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(
        page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
        "the sign-in form is stateless: no session before signing in");
  }

  @Test
  void theSessionCookieOfASignedInVisitorIsHttpOnlyAndSameSite() throws Exception {
    var form = new WebClient().get("/sign-in").document();
    String body =
        Map.of(
                "signIn",
                "signIn",
                "signIn:email",
                DemoUsers.AUTHOR.email(),
                "signIn:password",
                DemoUsers.PASSWORD,
                "signIn:submit",
                "",
                "jakarta.faces.ViewState",
                form.selectFirst("input[name=jakarta.faces.ViewState]").val(),
                "primefaces.nonce",
                form.selectFirst("input[name=primefaces.nonce]").val())
            .entrySet()
            .stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", Deployments.baseUrl())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertEquals(302, response.statusCode());
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  void postsFromAnotherSiteAreRefused() {
    WebClient browser = new WebClient();
    Page page = browser.get("/sign-in");
    var form = page.document().getElementById("signIn");
    String viewState = form.selectFirst("input[name=jakarta.faces.ViewState]").val();
    Page forged =
        browser.post(
            "/sign-in",
            Map.of("signIn", "signIn", "jakarta.faces.ViewState", viewState, "signIn:submit", ""),
            "https://evil.example");
    assertEquals(403, forged.status());
    assertEquals(
        403, browser.post("/language", Map.of("lang", "ro"), "https://evil.example").status());
  }

  @Test
  void errorPagesAreFriendlyAndShowNoInternals() {
    Page missing = new WebClient().get("/events/does-not-exist");
    assertEquals(404, missing.status());
    assertEquals("Page not found", missing.heading());
    assertFalse(missing.text().contains("Exception"), missing.text());
    Page expired =
        new WebClient()
            .post(
                "/sign-in",
                Map.of(
                    "signIn", "signIn", "jakarta.faces.ViewState", "-1:-1", "signIn:submit", ""));
    assertEquals("Page expired", expired.heading(), expired.body());
    assertFalse(expired.text().contains("Exception"), expired.text());
    assertFalse(expired.body().contains("Caused by"));
  }
}
