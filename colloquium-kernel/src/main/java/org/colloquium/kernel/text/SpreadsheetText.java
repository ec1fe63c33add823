package org.colloquium.kernel.text;

/**
 * Text for spreadsheet cells that a spreadsheet shows and never runs: every module's CSV exports
 * write their cells through {@link #cell}.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

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
   * Markdown lists in abstracts ({@code - item}) stay as written. An XLSX export needs none of
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
}
