package org.colloquium.submissions.api;

import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.colloquium.kernel.text.Folding;
import org.colloquium.kernel.text.SpreadsheetText;

/**
 * The small rules the exports share: spreadsheet cells that cannot run as formulas, and file names
 * of PDFs in the ZIP ({@code 0007-energy-security-of-the-republic.pdf}).
 */
public final class ExportFormat {

  static final int SHORT_TITLE = 40;

  /** Excel keeps at most 32,767 characters in a cell and refuses a file with more. */
  static final int MAX_CELL = 32_767;

  /**
   * Excel's dialect (comma, CRLF) with every field quoted, not only those that need it: a
   * spreadsheet that splits on another separator then still finds each value inside its quotes.
   */
  public static final CSVFormat CSV = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

  private ExportFormat() {}

  /** A text a spreadsheet shows as text: see {@link SpreadsheetText#cell}. */
  public static String cell(String value) {
    return SpreadsheetText.cell(value);
  }

  /**
   * A long text (an abstract) for one cell: line breaks as Unix newlines, which spreadsheets show
   * as breaks inside the cell, and cut with an ellipsis where a spreadsheet cell ends.
   */
  public static String longText(String value) {
    if (value == null) {
      return "";
    }
    String text = value.replace("\r\n", "\n").replace('\r', '\n');
    if (text.length() > MAX_CELL) {
      int end = MAX_CELL - 1;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text = text.substring(0, end) + "…";
    }
    return text;
  }

  /** The name of a submission's PDF inside the ZIP: its zero-padded number and a short title. */
  public static String pdfName(int number, String title) {
    String ascii = Folding.slug(title);
    if (ascii.length() > SHORT_TITLE) {
      ascii = ascii.substring(0, SHORT_TITLE);
      int cut = ascii.lastIndexOf('-');
      if (cut > SHORT_TITLE / 2) {
        ascii = ascii.substring(0, cut);
      }
      ascii = ascii.replaceAll("-+$", "");
    }
    return String.format(Locale.ROOT, "%04d", number)
        + (ascii.isEmpty() ? "" : "-" + ascii)
        + ".pdf";
  }
}
