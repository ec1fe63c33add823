package org.colloquium.reviews.domain.conflicts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An affiliation reduced to what names the institution, so that the same one written two ways
 * matches: "Universitatea „Alexandru Ioan Cuza” din Iași" and "Alexandru Ioan Cuza University of
 * Iasi" both become {@code alexandru cuza iasi ioan}. Case, diacritics, punctuation, word order and
 * the generic words of EN/RO/FR/DE/UK/RU institution names are dropped; what is left must still
 * name something (at least one word of three letters), or there is nothing to compare. Two
 * universities of one city keep their names apart ("Babeș-Bolyai" and "Iuliu Hațieganu" in Cluj).
 */
public final class Affiliations {

  /** Words of every institution's name that tell nothing about which one it is. */
  private static final Set<String> GENERIC =
      Set.copyOf(
          List.of(
              // English
              "the",
              "of",
              "and",
              "for",
              "in",
              "at",
              "university",
              "univ",
              "college",
              "institute",
              "inst",
              "school",
              "faculty",
              "department",
              "dept",
              "centre",
              "center",
              "national",
              "state",
              "academy",
              "research",
              "studies",
              "laboratory",
              "lab",
              // Romanian
              "universitatea",
              "univ",
              "din",
              "si",
              "de",
              "la",
              "facultatea",
              "institutul",
              "departamentul",
              "centrul",
              "academia",
              "scoala",
              "nationala",
              "national",
              "studii",
              "cercetare",
              "pentru",
              // French
              "universite",
              "du",
              "des",
              "le",
              "les",
              "et",
              "institut",
              "ecole",
              "centre",
              // German
              "universitat",
              "universitaet",
              "der",
              "die",
              "das",
              "fur",
              "und",
              "hochschule",
              // Ukrainian and Russian (transliterated and in Cyrillic)
              "университет",
              "університет",
              "национальный",
              "національний",
              "государственный",
              "державний",
              "имени",
              "імені",
              "институт",
              "інститут",
              "академия",
              "академія"));

  /**
   * The region's cities written in two languages in the same affiliation ("Universitatea din
   * București", "University of Bucharest"), reduced to one spelling.
   */
  private static final Map<String, String> SAME_PLACE =
      Map.of(
          "bucuresti", "bucharest",
          "kiev", "kyiv",
          "kiew", "kyiv",
          "odessa", "odesa",
          "lvov", "lviv",
          "lwow", "lviv",
          "kishinev", "chisinau",
          "jassy", "iasi",
          "klausenburg", "cluj");

  /** Affiliations that name no institution. */
  private static final Set<String> NONE =
      Set.of("independent", "none", "na", "n a", "unaffiliated", "self", "retired", "student");

  private Affiliations() {}

  public static Optional<String> normalise(String affiliation) {
    if (affiliation == null || affiliation.isBlank()) {
      return Optional.empty();
    }
    String folded =
        Normalizer.normalize(
            Normalizer.normalize(affiliation.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                // Latin letters lose their marks (ș, ț, ă, é); Cyrillic й and ї are letters
                .replaceAll("(?<=\\p{IsLatin})\\p{M}+", "")
                .replace('ı', 'i'),
            Normalizer.Form.NFC);
    String words = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (words.isEmpty() || NONE.contains(words)) {
      return Optional.empty();
    }
    TreeSet<String> kept = new TreeSet<>();
    for (String word : words.split(" ")) {
      if (!GENERIC.contains(word)) {
        kept.add(SAME_PLACE.getOrDefault(word, word));
      }
    }
    if (kept.stream().noneMatch(w -> w.length() >= 3)) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", kept));
  }
}
