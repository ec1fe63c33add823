package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.submissions.api.ExportFormat;
import org.colloquium.submissions.api.PdfEntry;
import org.colloquium.submissions.api.SubmissionExports;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The module's implementation of {@link SubmissionExports}. No transaction is open while it writes:
 * a download as slow as its client (a ZIP of two thousand PDFs takes minutes) would otherwise hold
 * a database connection and a growing persistence context all along. It reads through {@link
 * ExportPages}, a page of rows or one file per short transaction, and writes in between.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DefaultSubmissionExports implements SubmissionExports {

  /** The columns of the CSV and XLSX files, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "Number",
          "State",
          "Title",
          "Track",
          "Presentation type",
          "Language",
          "Keywords",
          "Abstract",
          "Authors",
          "Presenting author",
          "E-mail addresses",
          "Countries",
          "Submitted at",
          "Duplicate of",
          "PDF");

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Inject EventDirectory access;
  @Inject ExportPages pages;

  @Override
  public void requireOrganiser(Long actorId, String eventSlug) {
    access.manageable(actorId, eventSlug);
  }

  @Override
  public void csv(Long actorId, String eventSlug, SubmissionFilter filter, OutputStream out) {
    EventRecord event = access.manageable(actorId, eventSlug);
    ZoneId zone = event.schedule().zone();
    try {
      out.write(UTF8_BOM);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, ExportFormat.CSV);
      printer.printRecord(COLUMNS);
      each(
          event.id(),
          filter,
          row -> {
            try {
              printer.printRecord(values(row, zone).stream().map(ExportFormat::cell).toList());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void xlsx(Long actorId, String eventSlug, SubmissionFilter filter, OutputStream out) {
    EventRecord event = access.manageable(actorId, eventSlug);
    ZoneId zone = event.schedule().zone();
    try {
      Workbook workbook = new Workbook(out, "Colloquium", "1.0");
      Worksheet sheet = workbook.newWorksheet("Submissions");
      for (int c = 0; c < COLUMNS.size(); c++) {
        sheet.value(0, c, COLUMNS.get(c));
        sheet.style(0, c).bold().set();
      }
      int[] r = {1};
      each(
          event.id(),
          filter,
          row -> {
            List<String> values = values(row, zone);
            sheet.value(r[0], 0, row.number());
            for (int c = 1; c < values.size(); c++) {
              sheet.value(r[0], c, values.get(c));
            }
            r[0]++;
          });
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void zip(Long actorId, String eventSlug, SubmissionFilter filter, OutputStream out) {
    Long eventId = access.manageable(actorId, eventSlug).id();
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      int after = 0;
      List<PdfEntry> page;
      do {
        page = pages.pdfs(eventId, filter, after);
        for (PdfEntry pdf : page) {
          var content = pages.file(pdf.sha256());
          if (content.isEmpty()) {
            continue;
          }
          zip.putNextEntry(new ZipEntry(pdf.fileName()));
          zip.write(content.get().bytes());
          zip.closeEntry();
        }
        after = page.isEmpty() ? after : page.get(page.size() - 1).number();
      } while (page.size() == ExportPages.PAGE);
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every filtered row by number, a page at a time, each page read in its own transaction. */
  private void each(Long eventId, SubmissionFilter filter, Consumer<SubmissionRow> action) {
    int after = 0;
    List<SubmissionRow> page;
    do {
      page = pages.rows(eventId, filter, after);
      page.forEach(action);
      after = page.isEmpty() ? after : page.get(page.size() - 1).number();
    } while (page.size() == ExportPages.PAGE);
  }

  static List<String> values(SubmissionRow row, ZoneId zone) {
    String authors =
        row.authors().stream()
            .map(
                a -> {
                  String where =
                      List.of(
                              Objects.toString(a.affiliation(), ""),
                              Objects.toString(a.country(), ""))
                          .stream()
                          .filter(s -> !s.isBlank())
                          .collect(Collectors.joining(", "));
                  return where.isEmpty() ? a.fullName() : a.fullName() + " (" + where + ")";
                })
            .collect(Collectors.joining("; "));
    String presenting =
        row.authors().stream()
            .filter(SubmissionRow.AuthorLine::presenting)
            .map(SubmissionRow.AuthorLine::fullName)
            .findFirst()
            .orElse("");
    String emails =
        row.authors().stream()
            .map(SubmissionRow.AuthorLine::email)
            .collect(Collectors.joining("; "));
    String countries =
        row.authors().stream()
            .map(SubmissionRow.AuthorLine::country)
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.joining("; "));
    return List.of(
        Integer.toString(row.number()),
        row.state().name(),
        row.title(),
        Objects.toString(row.track(), ""),
        Objects.toString(row.presentationType(), ""),
        Objects.toString(row.language(), ""),
        String.join("; ", row.keywords()),
        ExportFormat.longText(row.abstractText()),
        authors,
        presenting,
        emails,
        countries,
        row.submittedAt() == null
            ? ""
            : LocalDateTime.ofInstant(row.submittedAt(), zone).format(LOCAL),
        row.duplicateOfNumber() == null ? "" : row.duplicateOfNumber().toString(),
        row.file() == null ? "" : ExportFormat.pdfName(row.number(), row.title()));
  }
}
