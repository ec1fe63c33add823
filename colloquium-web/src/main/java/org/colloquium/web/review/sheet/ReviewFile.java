package org.colloquium.web.review.sheet;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.reviews.api.ReviewerDesk;
import org.colloquium.web.security.SignedIn;

/**
 * /review/events/{slug}/submissions/{number}/file: the submission's PDF for its reviewer, without
 * metadata and under a name made of the event and the number. Reached only through the route table
 * (reviewers of the event); the service checks the assignment and the conflicts again.
 */
@WebServlet(ReviewFile.PATH)
public class ReviewFile extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/internal/review-file";

  @Inject ReviewerDesk desk;
  @Inject SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<ServedFile> file;
    try {
      int number = Integer.parseInt(request.getParameter("number"));
      file = desk.file(signedIn.accountId(), request.getParameter("slug"), number);
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (file.isEmpty()) {
      // Too busy to strip the metadata now: the original is never sent instead.
      response.setHeader("Retry-After", "30");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    ServedFile served = file.get();
    response.setContentType(served.contentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + served.fileName() + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setContentLength(served.bytes().length);
    response.getOutputStream().write(served.bytes());
  }
}
