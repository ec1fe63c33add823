package org.colloquium.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CachedPageTest {

  private static final String NONCE = "MTAwNDM0MDMtOTRlZC00NjYwLWFiYjEtZmY2OGU2NmMxYjFm";
  private static final String FRESH = "ZmZmZmZmZmYtOTRlZC00NjYwLWFiYjEtZmY2OGU2NmMxYjFm";
  private static final Instant NOW = Instant.parse("2026-12-02T10:15:30.456Z");

  private static CapturingResponse rendered(String nonce, String text) {
    FakeResponse real = new FakeResponse();
    CapturingResponse captured = new CapturingResponse(real.response);
    captured.setContentType("text/html;charset=UTF-8");
    captured.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + nonce + "';");
    captured.getWriter().write("<script nonce=\"" + nonce + "\">init('" + nonce + "')</script>");
    captured.getWriter().write(text);
    return captured;
  }

  private static CachedPage page(String nonce, String text) {
    return CachedPage.of(rendered(nonce, text), "text/html;charset=UTF-8", NOW, 0).orElseThrow();
  }

  private static String body(CachedPage page, String nonce) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    page.writeBody(out, nonce);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyAnswerCarriesTheNonceItIsGivenInBodyAndPolicy() throws IOException {
    CachedPage page = page(NONCE, "<p>Țurcanu, Шевченко</p>");
    FakeResponse answer = new FakeResponse();

    page.writeHeaders(answer.response, FRESH);
    String body = body(page, FRESH);

    assertEquals(
        "<script nonce=\"" + FRESH + "\">init('" + FRESH + "')</script><p>Țurcanu, Шевченко</p>",
        body);
    assertEquals(
        java.util.List.of("script-src 'self' 'nonce-" + FRESH + "';"),
        answer.header("Content-Security-Policy"));
    assertFalse(body.contains(NONCE));
    assertEquals(body.getBytes(StandardCharsets.UTF_8).length, page.length(FRESH));
  }

  @Test
  void aNonceOfAnotherLengthStillGivesTheRightLength() throws IOException {
    CachedPage page = page(NONCE, "x");
    assertEquals(body(page, "short").getBytes(StandardCharsets.UTF_8).length, page.length("short"));
  }

  @Test
  void theSamePageRenderedAgainKeepsItsEtagWhateverItsNonce() {
    assertEquals(page(NONCE, "<p>a</p>").etag(), page(FRESH, "<p>a</p>").etag());
    assertNotEquals(page(NONCE, "<p>a</p>").etag(), page(NONCE, "<p>b</p>").etag());
    assertTrue(page(NONCE, "a").etag().startsWith("W/\""));
  }

  @Test
  void lastModifiedIsToTheSecond() {
    assertEquals(Instant.parse("2026-12-02T10:15:30Z"), page(NONCE, "a").lastModified());
  }

  @Test
  void headersThatBelongToOneAnswerAreNotKept() {
    CapturingResponse captured = rendered(NONCE, "a");
    captured.setHeader("Date", "Wed, 02 Dec 2026 10:15:30 GMT");
    captured.setHeader("Cache-Control", "private");
    captured.setHeader("Content-Disposition", "inline");
    CachedPage page = CachedPage.of(captured, "text/html", NOW, 0).orElseThrow();
    FakeResponse answer = new FakeResponse();

    page.writeHeaders(answer.response, FRESH);

    assertEquals(java.util.List.of(), answer.header("Date"));
    assertEquals(java.util.List.of(), answer.header("Cache-Control"));
    assertEquals(java.util.List.of("inline"), answer.header("Content-Disposition"));
    assertEquals("text/html", answer.contentType);
  }

  @Test
  void aPageWithTwoDifferentNoncesIsNotKept() {
    CapturingResponse captured = rendered(NONCE, "a");
    captured.addHeader("Content-Security-Policy", "script-src 'nonce-" + FRESH + "'");
    assertTrue(CachedPage.of(captured, "text/html", NOW, 0).isEmpty());
  }

  @Test
  void aPageWithoutNonceIsKeptAsItIs() throws IOException {
    FakeResponse real = new FakeResponse();
    CapturingResponse captured = new CapturingResponse(real.response);
    captured.getOutputStream().write("<feed/>".getBytes(StandardCharsets.UTF_8));
    CachedPage page = CachedPage.of(captured, "application/atom+xml", NOW, 0).orElseThrow();
    assertEquals("<feed/>", body(page, FRESH));
  }

  @Test
  void occurrencesAreFoundWithoutOverlap() {
    byte[] body = "aaaXaaXaa".getBytes(StandardCharsets.US_ASCII);
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new int[] {0, 4, 7}, CachedPage.occurrences(body, "aa"));
    assertEquals(0, CachedPage.occurrences(body, "b").length);
  }
}
