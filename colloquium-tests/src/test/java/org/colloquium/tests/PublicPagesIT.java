package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.kernel.access.Route;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.colloquium.web.routing.Routes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Public pages under a crowd: anonymous visitors cost no HTTP session, shared pages come from the
 * cache of rendered pages with a nonce of their own, ETag and 304, every edit and every scheduled
 * change is seen by the next visitor, signed-in visitors get their own page marked no-store, and
 * bodies that are too large are refused.
 */
class PublicPagesIT extends ClockControlledApplication {

  private static final String EVENT = "20-months-after";
  private static final String EVENT_PAGE = "/events/" + EVENT;
  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A plain anonymous request: no cookie jar, so every request is a new visitor. */
  private static HttpResponse<String> anonymous(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> sessionCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID"))
        .toList();
  }

  /** The public addresses with the demo data's values; routes with ids need a signed-in owner. */
  private static List<String> publicAddresses() {
    Map<String, String> values =
        Map.of(
            "slug", EVENT,
            "logo", "0",
            "fileName", "programme.pdf",
            "item", "welcome",
            "entry", "international-conference-20-months-after",
            // Ids of the programme come from sequences: an unknown one answers 404 (no session).
            "contribution", "0",
            "session", "0",
            "version", "1",
            // A personal link's token that admits nobody: 404, and no session either.
            "token", "a-token-that-admits-nobody",
            // A certificate's code that no certificate has: 404, saying so, and no session.
            "code", "0000-0000-0000-0000");
    List<String> addresses = new ArrayList<>();
    for (Route route : Routes.TABLE.routes()) {
      if (route.isPublic()) {
        addresses.add(route.expand(values));
      }
    }
    addresses.addAll(
        List.of(
            "/feeds/news.atom",
            "/events/annual-conference-iii",
            "/events/annual-conference-iv",
            "/no-such-page",
            "/sign-in?next=/my/submissions"));
    return addresses;
  }

  @Test
  void noAnonymousVisitOfAPublicAddressCostsASession() {
    List<String> addresses = publicAddresses();
    assertTrue(addresses.size() > 15, addresses::toString);
    for (String address : addresses) {
      for (int visit = 0; visit < 2; visit++) {
        HttpResponse<String> response = anonymous(address);
        assertTrue(response.statusCode() < 500, address + " answered " + response.statusCode());
        assertEquals(List.of(), sessionCookies(response), address);
      }
    }
  }

  @Test
  void aSharedPageComesWithANonceOfItsOwnEveryTime() {
    HttpResponse<String> first = anonymous(EVENT_PAGE);
    HttpResponse<String> second = anonymous(EVENT_PAGE);

    assertEquals(200, second.statusCode());
    String etag = second.headers().firstValue("ETag").orElseThrow();
    assertEquals(first.headers().firstValue("ETag").orElseThrow(), etag);
    assertTrue(etag.startsWith("W/\""), etag);
    assertEquals("no-cache", second.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(second.headers().firstValue("Last-Modified").isPresent());

    String nonce = nonceOf(second);
    assertNotEquals(nonceOf(first), nonce, "a nonce is never used twice");
    var scripts = Jsoup.parse(second.body()).select("script");
    assertFalse(scripts.isEmpty());
    scripts.forEach(s -> assertEquals(nonce, s.attr("nonce"), s::outerHtml));
    assertEquals(
        second.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
        Long.parseLong(second.headers().firstValue("Content-Length").orElseThrow()));
    assertTrue(second.body().contains("20 Months After"), "the page itself");
    // The security headers of every page are there too.
    assertEquals("DENY", second.headers().firstValue("X-Frame-Options").orElseThrow());
    assertTrue(
        second.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(p -> p.contains("frame-ancestors 'none'")));
  }

  /**
   * A kept page is answered on the server's I/O thread for a visitor without cookies, and by the
   * servlet path for one whose browser still sends the cookie of a session that is gone: both
   * answers are the same page, with the same headers, but for the nonce.
   */
  @Test
  void bothWaysOfAnsweringFromTheCacheGiveTheSameAnswer() {
    anonymous(EVENT_PAGE);
    HttpResponse<String> early = anonymous(EVENT_PAGE);
    HttpResponse<String> late = anonymous(EVENT_PAGE, "Cookie", "JSESSIONID=gone-long-ago");

    assertEquals(200, late.statusCode());
    assertTrue(sessionCookies(late).isEmpty(), "no session for a stale cookie");
    assertEquals(headerNames(early), headerNames(late));
    for (String name :
        List.of("etag", "cache-control", "vary", "content-type", "x-frame-options")) {
      assertEquals(early.headers().allValues(name), late.headers().allValues(name), name);
    }
    assertEquals(
        early.body().replace(nonceOf(early), "N"), late.body().replace(nonceOf(late), "N"));
  }

  private static java.util.Set<String> headerNames(HttpResponse<?> response) {
    var names = new java.util.TreeSet<>(response.headers().map().keySet());
    names.remove("date");
    return names;
  }

  private static String nonceOf(HttpResponse<?> response) {
    return response.headers().allValues("Content-Security-Policy").stream()
        .map(HEADER_NONCE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no nonce in " + response.headers()));
  }

  @Test
  void aBrowserThatHasTheCurrentCopyIsToldSoWithoutABody() {
    // The page may change between the two requests (its ETag is a digest of what it shows, which
    // includes time-dependent text such as the call's countdown; a class before this one moved the
    // server's clock past the call's deadline and back): then the copy is rightly no longer
    // current. A fresh copy asked for again is.
    HttpResponse<String> again = null;
    for (int attempt = 0; attempt < 3 && (again == null || again.statusCode() != 304); attempt++) {
      String etag = anonymous(EVENT_PAGE).headers().firstValue("ETag").orElseThrow();
      again = anonymous(EVENT_PAGE, "If-None-Match", etag);
    }
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertTrue(
        again.headers().allValues("Content-Security-Policy").stream()
            .noneMatch(p -> p.contains("nonce-")),
        "the copy the browser keeps comes with its own nonce");

    int status = 0;
    for (int attempt = 0; attempt < 3 && status != 304; attempt++) {
      String lastModified =
          anonymous(EVENT_PAGE).headers().firstValue("Last-Modified").orElseThrow();
      status = anonymous(EVENT_PAGE, "If-Modified-Since", lastModified).statusCode();
    }
    assertEquals(304, status);
    assertEquals(200, anonymous(EVENT_PAGE, "If-None-Match", "W/\"other\"").statusCode());
  }

  @Test
  void everyLanguageGetsItsOwnPage() {
    for (int i = 0; i < 2; i++) {
      assertEquals("ro", lang(anonymous(EVENT_PAGE, "Accept-Language", "ro-RO,ro;q=0.9")));
      assertEquals("en", lang(anonymous(EVENT_PAGE, "Accept-Language", "en-GB")));
      assertEquals(
          "ro",
          lang(anonymous(EVENT_PAGE, "Accept-Language", "en", "Cookie", "colloquium-lang=ro")),
          "the language switch's cookie wins over the browser");
    }
  }

  private static String lang(HttpResponse<String> response) {
    return Jsoup.parse(response.body()).selectFirst("html").attr("lang");
  }

  @Test
  void anOrganisersEditIsSeenByTheNextAnonymousVisitor() {
    String path = "/events/" + EVENT + "/news";
    String title = "Cache check " + UUID.randomUUID().toString().substring(0, 8);
    assertFalse(anonymous(path).body().contains(title));
    assertFalse(anonymous(path).body().contains(title), "now from the cache");

    publishNews(title, Instant.now().minus(1, ChronoUnit.DAYS));

    HttpResponse<String> after = anonymous(path);
    assertTrue(after.body().contains(title), "no stale page after an edit");
    assertTrue(anonymous("/news").body().contains(title), "nor on the site's news page");
  }

  @Test
  void aScheduledItemAppearsWhenItsTimeComes() {
    String title = "Scheduled " + UUID.randomUUID().toString().substring(0, 8);
    Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    publishNews(title, at);
    assertFalse(anonymous("/news").body().contains(title));
    assertFalse(anonymous("/news").body().contains(title), "from the cache, before its time");

    setServerClock(at.plusSeconds(1));

    assertTrue(anonymous("/news").body().contains(title), "the cache knew when it would change");
  }

  private static void publishNews(String title, Instant at) {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String local =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .format(at.atZone(ZoneId.of("Europe/Bucharest")));
    String manage = "/manage/events/" + EVENT + "/news";
    Page saved =
        organiser.submit(
            organiser.get(manage),
            "news",
            Map.of(
                "newSlug",
                "cache-" + UUID.randomUUID().toString().substring(0, 8),
                "titleEn",
                title,
                "bodyEn",
                "Seen at once.",
                "publishAt",
                local),
            "save");
    assertEquals(manage, saved.path(), saved.errors()::toString);
  }

  @Test
  void aSignedInVisitorGetsTheirOwnPageAndNoBrowserKeepsIt() {
    anonymous(EVENT_PAGE);
    WebClient author = DemoUsers.AUTHOR.signedIn();

    Page page = author.get(EVENT_PAGE);

    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(page.document().select(".signed-in-as").text().contains("Țurcanu"), page::text);
    assertEquals(
        "no-store", author.get("/my/submissions").headers().firstValue("Cache-Control").get());
    assertTrue(
        Jsoup.parse(anonymous(EVENT_PAGE).body()).select(".signed-in-as").isEmpty(),
        "the anonymous page never shows anyone's name");
  }

  @Test
  void aFormBodyAboveOneMegabyteIsRefusedWithAPage() throws Exception {
    String big = "email=" + "a".repeat(2 * 1024 * 1024);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", Deployments.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
    assertEquals("Too large to accept", Jsoup.parse(response.body()).selectFirst("h1").text());
    assertEquals(200, anonymous("/").statusCode(), "and the server is fine");
  }
}
