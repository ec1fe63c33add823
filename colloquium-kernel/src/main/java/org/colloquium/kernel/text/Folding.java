package org.colloquium.kernel.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text without its diacritics, for the places that need plain letters: addresses and file names
 * ("Școala de vară" → "scoala-de-vara"), search and comparison ("ȘTEFAN" matches "stefan"). The one
 * way of doing it in the code base, so that a name typed with comma-below ș and one typed with
 * cedilla ş fold alike everywhere. Letters without a decomposition (Cyrillic, ß, ł) stay as they
 * are; a caller that needs ASCII transliterates first (news addresses do).
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  private Folding() {}

  /** The text with its combining marks removed: "Ștefan Țugui" → "Stefan Tugui". */
  public static String withoutMarks(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /** For comparing and searching: lower case, without marks. */
  public static String comparable(String text) {
    return withoutMarks(text).toLowerCase(Locale.ROOT);
  }

  /**
   * Lower-case ASCII letters and digits joined by single dashes, without dashes at either end:
   * "Call for Papers: Școala de vară" → "call-for-papers-scoala-de-vara". Empty for null or for a
   * text without a single such letter.
   */
  public static String slug(String text) {
    if (text == null) {
      return "";
    }
    String plain = NOT_SLUG.matcher(comparable(text)).replaceAll("-");
    return EDGE_DASHES.matcher(plain).replaceAll("");
  }
}
