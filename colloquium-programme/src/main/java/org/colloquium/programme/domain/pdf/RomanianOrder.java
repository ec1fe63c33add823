package org.colloquium.programme.domain.pdf;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * The Romanian alphabet's order (a ă â b … i î … s ș t ț … z) at the first level, other accents
 * ignored there; Latin before other scripts, which keep their code point order. Ties go to the
 * collator given, which tells accents and case apart.
 */
final class RomanianOrder implements Comparator<String> {

  private static final String ALPHABET = "aăâbcdefghiîjklmnopqrsștțuvwxyz";

  private final Comparator<String> ties;

  RomanianOrder(Comparator<String> ties) {
    this.ties = ties;
  }

  @Override
  public int compare(String a, String b) {
    int[] x = primary(a);
    int[] y = primary(b);
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    if (x.length != y.length) {
      return Integer.compare(x.length, y.length);
    }
    return ties.compare(a, b);
  }

  /** Each letter's rank; spaces, hyphens and other marks are left out as an index does. */
  static int[] primary(String text) {
    String s =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
            .toLowerCase(new Locale("ro"))
            // Cedilla forms are old spellings of the comma-below letters.
            .replace('ş', 'ș')
            .replace('ţ', 'ț');
    return s.codePoints().filter(Character::isLetterOrDigit).map(RomanianOrder::rank).toArray();
  }

  private static int rank(int c) {
    int at = ALPHABET.indexOf(c);
    if (at >= 0) {
      return 100 + at;
    }
    if (Character.isDigit(c)) {
      return c - '0';
    }
    String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
    int first = base.codePointAt(0);
    at = ALPHABET.indexOf(first);
    if (at >= 0 && first < 0x80) {
      return 100 + at;
    }
    return 1000 + c;
  }
}
