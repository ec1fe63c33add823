package org.colloquium.web.manage.submissions;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.submissions.api.ExportFormat;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionExports;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.web.faces.Downloads;
import org.colloquium.web.security.SignedIn;

/**
 * The organisers' downloads: the table as CSV or XLSX, the PDFs as one ZIP (each with the table's
 * filter, taken from the query string), and one submission's PDF. Reached only through the route
 * table, which has already checked that the caller organises the event; the services check again.
 * The files are written as they are produced, never held whole in memory.
 */
@WebServlet({
  SubmissionDownloads.CSV,
  SubmissionDownloads.XLSX,
  SubmissionDownloads.ZIP,
  SubmissionDownloads.FILE,
  SubmissionDownloads.FINAL_FILE
})
public class SubmissionDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String CSV = "/internal/submission-downloads/csv";
  public static final String XLSX = "/internal/submission-downloads/xlsx";
  public static final String ZIP = "/internal/submission-downloads/zip";
  public static final String FILE = "/internal/submission-downloads/file";
  public static final String FINAL_FILE = "/internal/submission-downloads/final-file";

  @Inject SubmissionExports exports;
  @Inject SubmissionQueries queries;
  @Inject MySubmissions submissions;
  @Inject SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = request.getParameter("slug");
    Long actor = signedIn.accountId();
    SubmissionFilter filter = SubmissionFilters.from(request::getParameter);
    try {
      switch (request.getServletPath()) {
        case CSV -> {
          exports.requireOrganiser(actor, slug);
          Downloads.attachment(response, "text/csv; charset=UTF-8", slug + "-submissions.csv");
          exports.csv(actor, slug, filter, response.getOutputStream());
        }
        case XLSX -> {
          exports.requireOrganiser(actor, slug);
          Downloads.attachment(response, Downloads.XLSX_TYPE, slug + "-submissions.xlsx");
          exports.xlsx(actor, slug, filter, response.getOutputStream());
        }
        case ZIP -> {
          exports.requireOrganiser(actor, slug);
          Downloads.attachment(response, "application/zip", slug + "-submissions.zip");
          exports.zip(actor, slug, filter, response.getOutputStream());
        }
        case FINAL_FILE -> file(request, response, actor, slug, true);
        default -> file(request, response, actor, slug, false);
      }
    } catch (NotFoundException e) {
      Downloads.fail(response, HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      Downloads.fail(response, HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private void file(
      HttpServletRequest request,
      HttpServletResponse response,
      Long actor,
      String slug,
      boolean finalVersion)
      throws IOException {
    int number;
    try {
      number = Integer.parseInt(request.getParameter("number"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("submission");
    }
    Long id = queries.idOf(actor, slug, number);
    ServedFile file = finalVersion ? submissions.finalFile(actor, id) : submissions.file(actor, id);
    // Named as in the ZIP: the number first, and only [a-z0-9-] (no quoting or encoding needed).
    String name = file.fileName() == null ? "" : file.fileName().replaceFirst("(?i)\\.pdf$", "");
    Downloads.attachment(response, file.contentType(), ExportFormat.pdfName(number, name));
    response.setHeader("ETag", "\"" + file.sha256() + "\"");
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
