package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.colloquium.reviews.api.ReviewExports;
import org.colloquium.submissions.api.ExportFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The module's implementation of {@link ReviewExports}: the table is read by {@link ReviewTables}
 * in its own transaction, and written here outside any.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DefaultReviewExports implements ReviewExports {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Inject ReviewTables tables;

  @Override
  public void requireOrganiser(Long actorId, String slug) {
    tables.requireOrganiser(actorId, slug);
  }

  @Override
  public void csv(Long actorId, String slug, Long trackId, OutputStream out) {
    ReviewTables.Table table = tables.read(actorId, slug, trackId);
    try {
      out.write(UTF8_BOM);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, ExportFormat.CSV);
      printer.printRecord(table.columns());
      for (List<String> row : table.rows()) {
        printer.printRecord(row.stream().map(ExportFormat::cell).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void xlsx(Long actorId, String slug, Long trackId, OutputStream out) {
    ReviewTables.Table table = tables.read(actorId, slug, trackId);
    try {
      Workbook workbook = new Workbook(out, "Colloquium", "1.0");
      Worksheet sheet = workbook.newWorksheet("Reviews");
      for (int c = 0; c < table.columns().size(); c++) {
        sheet.value(0, c, table.columns().get(c));
        sheet.style(0, c).bold().set();
      }
      int r = 1;
      for (List<String> row : table.rows()) {
        sheet.value(r, 0, Integer.parseInt(row.get(0)));
        for (int c = 1; c < row.size(); c++) {
          sheet.value(r, c, ExportFormat.longText(row.get(c)));
        }
        r++;
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
