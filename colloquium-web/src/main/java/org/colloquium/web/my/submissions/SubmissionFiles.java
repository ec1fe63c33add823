package org.colloquium.web.my.submissions;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.web.security.SignedIn;

/**
 * Sends a submission's PDF (or its final version's) to someone who may see the submission, as a
 * download. Reached only through the route table ({@code /my/submissions/{submission}/file} and
 * {@code .../final-file}); asked directly it answers 404, and so does a submission the visitor may
 * not see. Never cached by shared caches: it is somebody's unpublished work.
 */
@WebServlet({SubmissionFiles.PATH, SubmissionFiles.FINAL})
public class SubmissionFiles extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/internal/submission-file";

  /** The final version's PDF of an accepted submission. */
  public static final String FINAL = "/internal/submission-final-file";

  @Inject MySubmissions mySubmissions;
  @Inject SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD || signedIn.accountId() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ServedFile file;
    try {
      Long id = Long.valueOf(request.getParameter("submission"));
      file =
          FINAL.equals(request.getServletPath())
              ? mySubmissions.finalFile(signedIn.accountId(), id)
              : mySubmissions.file(signedIn.accountId(), id);
    } catch (NotFoundException | NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setContentType(file.contentType());
    // The core keeps names free of quotes, slashes and control characters.
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + file.fileName().replaceAll("[^\\x20-\\x7e]", "_")
            + "\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
