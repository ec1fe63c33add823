package org.colloquium.submissions.domain;

import java.util.regex.Pattern;
import org.colloquium.kernel.text.Folding;

/**
 * The form in which submissions are searched: lower case, without diacritics, spaces collapsed, so
 * that "stiinte" finds "Științe" and "ЖУРНАЛ" finds "журнал".
 */
public final class SearchText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(Folding.comparable(text)).replaceAll(" ").strip();
  }
}
