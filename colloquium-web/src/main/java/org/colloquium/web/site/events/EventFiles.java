package org.colloquium.web.site.events;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.colloquium.events.api.EventMaterials;
import org.colloquium.events.api.Partners;
import org.colloquium.events.api.ServedFile;
import org.colloquium.web.security.SignedIn;

/**
 * Sends the logos and attached PDFs of events. Reached only through the route table ({@code
 * /events/{slug}/logos/{logo}}, {@code /events/{slug}/attachments/{fileName}}), which forwards
 * here; asked directly it answers 404. Files of drafts exist only for those who may manage the
 * event. The content type is the one the upload check recognised, never the uploader's; PDFs
 * download as attachments, and a sandboxing policy keeps a file from running anything if opened
 * anyway.
 */
@WebServlet({EventFiles.LOGO, EventFiles.ATTACHMENT})
public class EventFiles extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String LOGO = "/internal/event-files/logo";
  public static final String ATTACHMENT = "/internal/event-files/attachment";

  @Inject Partners partners;
  @Inject EventMaterials materials;
  @Inject SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = request.getParameter("slug");
    Optional<ServedFile> file =
        LOGO.equals(request.getServletPath())
            ? logo(slug, request.getParameter("logo"))
            : materials.attachment(slug, signedIn.accountId(), request.getParameter("fileName"));
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(request, response, file.get());
  }

  private Optional<ServedFile> logo(String slug, String number) {
    try {
      return partners.logo(slug, signedIn.accountId(), Integer.parseInt(number));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void send(
      HttpServletRequest request, HttpServletResponse response, ServedFile file)
      throws IOException {
    String etag = "\"" + file.sha256() + "\"";
    String version = request.getParameter("v");
    // A logo address carries the start of its hash, so it may be cached for long; without it,
    // or for attachments, revalidate (the ETag makes that cheap).
    boolean immutable =
        version != null && file.sha256().startsWith(version) && version.length() >= 8;
    response.setHeader("ETag", etag);
    response.setHeader(
        "Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(file.contentType());
    if (file.fileName() != null) {
      // The name is reduced to [A-Za-z0-9._-] when attached, so it needs no quoting beyond this.
      response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    } else {
      response.setHeader("Content-Disposition", "inline");
    }
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
