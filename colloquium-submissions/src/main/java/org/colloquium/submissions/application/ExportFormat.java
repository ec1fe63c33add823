package org.colloquium.submissions.application;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The small rules the exports share: spreadsheet cells that cannot run as formulas, and file names
 * of PDFs in the ZIP ({@code 0007-energy-security-of-the-republic.pdf}).
 */
public final class ExportFormat {

  static final int SHORT_TITLE = 40;

  /** Excel keeps at most 32,767 characters in a cell and refuses a file with more. */
  static final int MAX_CELL = 32_767;

  private ExportFormat() {}

  /**
   * A text a spreadsheet shows as text: a cell starting with = + - @ (or a tab or carriage return,
   * which some programs skip before looking) is prefixed with an apostrophe, so that opening the
   * export cannot run a formula an author typed into a title (OWASP "CSV injection").
   */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      return "'" + value;
    }
    return value;
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
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
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
