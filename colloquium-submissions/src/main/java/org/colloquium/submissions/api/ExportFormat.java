package org.colloquium.submissions.api;

import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.colloquium.kernel.text.Folding;

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

  /**
   * A text a spreadsheet shows as text, following OWASP's advice on CSV injection. Two things are
   * defused, each with an apostrophe, which Excel and LibreOffice take as "this cell is text" and
   * do not show:
   *
   * <ul>
   *   <li>a cell whose first character is one of {@code = + - @}, tab or carriage return, or whose
   *       first character after leading white space is one of {@code = + - @}: an apostrophe goes
   *       before the whole cell;
   *   <li>inside the cell, a separator ({@code ,} {@code ;} or tab) followed, after optional
   *       spaces, by one of {@code = + - @}: an apostrophe goes right after the separator. A
   *       spreadsheet whose list separator is not the file's (Excel in Romanian, French or German
   *       splits on {@code ;}) may cut the cell there, and the piece after it would start a new
   *       cell; {@code Energy;=1+2} becomes {@code Energy;'=1+2}.
   * </ul>
   *
   * Line breaks are not separators: every field is quoted, so a break stays inside its cell, and
   * Markdown lists in abstracts ({@code - item}) stay as written. The XLSX export needs none of
   * this: its cells are typed text, which no spreadsheet evaluates.
   */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    StringBuilder out = new StringBuilder(value.length() + 2);
    if (startsDangerously(value, 0) || isTabOrReturn(value.charAt(0))) {
      out.append('\'');
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c);
      if (isSeparator(c) && startsDangerously(value, i + 1)) {
        out.append('\'');
      }
    }
    return out.toString();
  }

  /** Whether the text from {@code from} on starts, after spaces, with a formula character. */
  private static boolean startsDangerously(String value, int from) {
    int i = from;
    while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    return i < value.length() && isFormulaStart(value.charAt(i));
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  private static boolean isTabOrReturn(char c) {
    return c == '\t' || c == '\r';
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ';' || c == '\t';
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
