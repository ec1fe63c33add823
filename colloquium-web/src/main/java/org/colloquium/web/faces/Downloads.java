package org.colloquium.web.faces;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every download of the organisers' pages is sent with, and the answer when it cannot
 * be: a file to save (never shown in the browser, never cached, never sniffed or run), and an error
 * status only while nothing has been written yet.
 */
public final class Downloads {

  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  /** {@code name} must need no quoting: the callers build it from slugs and numbers. */
  public static void attachment(HttpServletResponse response, String type, String name) {
    response.setContentType(type);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
  }

  /**
   * A PDF drawn for this request, shown in the browser: kept by nobody but the reader and never
   * sniffed. Not sandboxed, unlike an attachment: Chromium's PDF viewer does not open in a
   * sandboxed document. {@code name} must need no quoting.
   */
  public static void inlinePdf(HttpServletResponse response, String name, byte[] pdf)
      throws IOException {
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  public static void fail(HttpServletResponse response, int status) throws IOException {
    if (!response.isCommitted()) {
      response.reset();
      response.sendError(status);
    }
  }
}
