package org.colloquium.events.news.domain;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.text.Folding;

/**
 * The address of a news item made from its title when the author gives none: Romanian diacritics
 * lose their marks, Cyrillic is transliterated (so a Ukrainian title gets a readable address), and
 * a number is added when the address is taken.
 */
public final class NewsSlugs {

  /** Room for "-99" at the end of a shortened title. */
  static final int BASE_LENGTH = Slug.MAX_LENGTH - 4;

  private static final Map<Character, String> CYRILLIC =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "h"),
          Map.entry('ґ', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('є', "ie"),
          Map.entry('ё', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "y"),
          Map.entry('і', "i"),
          Map.entry('ї', "i"),
          Map.entry('й', "i"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "iu"),
          Map.entry('я', "ia"));

  private NewsSlugs() {}

  /** "Call for Papers: IIIrd Annual Conference" → "call-for-papers-iiird-annual-conference". */
  public static String fromTitle(String title) {
    String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder();
    for (char c : lower.toCharArray()) {
      String replacement = CYRILLIC.get(c);
      latin.append(replacement != null ? replacement : String.valueOf(c));
    }
    String plain = Folding.slug(latin.toString());
    if (plain.length() > BASE_LENGTH) {
      plain = plain.substring(0, BASE_LENGTH).replaceAll("-[^-]*$", "");
      plain = plain.replaceAll("-+$", "");
    }
    while (plain.length() < 3) {
      plain = plain.isEmpty() ? "news" : plain + "-news";
    }
    return plain;
  }

  /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not {@code taken}. */
  public static Slug unique(String base, Predicate<String> taken) {
    String candidate = base;
    for (int n = 2; taken.test(candidate); n++) {
      candidate = base + "-" + n;
    }
    return new Slug(candidate);
  }
}
