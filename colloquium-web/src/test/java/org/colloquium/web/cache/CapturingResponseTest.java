package org.colloquium.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CapturingResponseTest {

  private final FakeResponse real = new FakeResponse();
  private final CapturingResponse captured = new CapturingResponse(real.response);

  @Test
  void aPlainPageIsHeldBackUntilSentAndThenSentWhole() throws IOException {
    captured.setContentType("text/html;charset=UTF-8");
    captured.getWriter().write("Bună ziua, Țară");
    captured.flushBuffer();

    assertEquals(0, real.body.size(), "nothing reaches the visitor before the filter decides");
    assertTrue(captured.shareable());

    captured.sendCaptured();

    assertEquals("Bună ziua, Țară", real.body.toString(StandardCharsets.UTF_8));
    assertEquals(real.body.size(), real.contentLength);
  }

  @Test
  void aRedirectIsNeitherKeptNorSentTwice() throws IOException {
    captured.getWriter().write("half a page");
    captured.sendRedirect("/sign-in");
    captured.sendCaptured();

    assertFalse(captured.shareable());
    assertTrue(real.redirected);
    assertEquals(0, real.body.size());
  }

  @Test
  void anErrorIsNotKept() throws IOException {
    captured.sendError(404);
    captured.sendCaptured();
    assertFalse(captured.shareable());
    assertEquals(0, real.body.size());
  }

  @Test
  void aStatusOtherThanOkIsNotKept() {
    captured.setStatus(201);
    assertFalse(captured.shareable());
  }

  @Test
  void aCookieMakesThePagePersonal() {
    captured.addCookie(new Cookie("colloquium-lang", "ro"));
    assertFalse(captured.shareable());
  }

  @Test
  void aSetCookieHeaderMakesThePagePersonalToo() {
    captured.addHeader("Set-Cookie", "a=b");
    assertFalse(captured.shareable());
  }

  @Test
  void aResetBufferDropsWhatWasWritten() throws IOException {
    captured.getOutputStream().write(1);
    captured.resetBuffer();
    captured.getOutputStream().write(2);
    assertEquals(1, captured.body().length);
  }
}
