package org.colloquium.web.site.programme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.colloquium.programme.api.PdfKind;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.programme.api.ReleasePdf;
import org.colloquium.web.security.SignedIn;

/**
 * A release's PDFs, as they were made in the background after publishing (a request never renders
 * one): {@code /events/{slug}/programme.pdf} and {@code book-of-abstracts.pdf} for the last
 * release, and under {@code /events/{slug}/programme/releases/{version}/} for a given one. The hash
 * of the bytes is the ETag; a given release's PDF never changes and may be kept for a year, the
 * last release's is asked again each time. 404 until made.
 */
@WebServlet(urlPatterns = ProgrammePdfServlet.PATH + "/*")
public class ProgrammePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the routes forward; the router answers 404 to it from outside. */
  static final String PATH = "/internal/programme-pdfs";

  @Inject transient PublishedProgrammes programmes;
  @Inject transient SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PdfKind kind =
        switch (String.valueOf(request.getPathInfo())) {
          case "/programme" -> PdfKind.PROGRAMME;
          case "/book" -> PdfKind.BOOK_OF_ABSTRACTS;
          default -> null;
        };
    Integer version = version(request.getParameter("version"));
    if (kind == null || (request.getParameter("version") != null && version == null)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<ReleasePdf> pdf =
        programmes.pdf(request.getParameter("slug"), version, kind, signedIn.accountId());
    if (pdf.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + pdf.get().sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader(
        "Cache-Control", version == null ? "no-cache" : "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\""
            + request.getParameter("slug")
            + "-"
            + pdf.get().version()
            + "-"
            + kind.fileName()
            + "\"");
    response.setContentLength(pdf.get().bytes().length);
    response.getOutputStream().write(pdf.get().bytes());
  }

  private static Integer version(String text) {
    if (text == null || !text.matches("\\d{1,6}")) {
      return null;
    }
    return Integer.valueOf(text);
  }
}
