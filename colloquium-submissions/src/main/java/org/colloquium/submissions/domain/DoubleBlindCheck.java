package org.colloquium.submissions.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfSummary;
import org.colloquium.kernel.text.Folding;
import org.colloquium.submissions.api.BlindnessWarning;

/**
 * Finds the authors' full names and email addresses in an accepted PDF's metadata and first page.
 * Matching ignores case and diacritics ("Ștefan", "Ştefan" with a cedilla, and "STEFAN" are the
 * same name) and runs of white space (a name may be broken across lines), and takes whole words
 * only, so that "Ana" is not found in "Anastasia".
 */
public final class DoubleBlindCheck {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DoubleBlindCheck() {}

  /** Nothing to warn about for a refused file: it is not stored. */
  public static List<BlindnessWarning> warnings(
      PdfInspection inspection, List<AuthorIdentity> authors) {
    if (inspection instanceof PdfInspection.Accepted accepted) {
      return warnings(accepted.summary(), authors);
    }
    return List.of();
  }

  public static List<BlindnessWarning> warnings(PdfSummary summary, List<AuthorIdentity> authors) {
    String metadata =
        normalise(
            String.join(
                "\n", summary.author(), summary.title(), summary.creator(), summary.producer()));
    String firstPage = normalise(summary.firstPageText());
    List<BlindnessWarning> warnings = new ArrayList<>(2);
    if (namesAnyone(metadata, authors)) {
      warnings.add(BlindnessWarning.METADATA_NAMES_AN_AUTHOR);
    }
    if (namesAnyone(firstPage, authors)) {
      warnings.add(BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR);
    }
    return List.copyOf(warnings);
  }

  private static boolean namesAnyone(String text, List<AuthorIdentity> authors) {
    for (AuthorIdentity author : authors) {
      if (containsWord(text, normalise(author.fullName()))
          || containsWord(text, normalise(author.email()))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case without diacritics, white space collapsed to single spaces. */
  static String normalise(String s) {
    return SPACES.matcher(Folding.comparable(s)).replaceAll(" ").strip();
  }

  private static boolean containsWord(String text, String needle) {
    if (needle.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      if (!wordCharacterAt(text, at - 1) && !wordCharacterAt(text, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordCharacterAt(String text, int index) {
    return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
  }
}
