package org.colloquium.submissions.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which submissions are searched: lower case, without diacritics, spaces collapsed, so
 * that "stiinte" finds "Științe" and "ЖУРНАЛ" finds "журнал".
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return SPACES
        .matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }
}
