package org.colloquium.reviews.domain.affinity;

import java.util.Arrays;
import java.util.List;
import org.colloquium.kernel.text.Folding;

/**
 * The reviewer's search of the submissions to bid on: every word typed must appear in the title,
 * the keywords or the abstract, without regard to case or diacritics ("stiinte" finds "Științe",
 * "енерг" finds "енергетика"). Nothing about the authors is searched: the list is blind.
 */
public final class TopicSearch {

  private final List<String> words;

  private TopicSearch(List<String> words) {
    this.words = words;
  }

  /** The words of what was typed; a blank search finds everything. */
  public static TopicSearch of(String typed) {
    if (typed == null || typed.isBlank()) {
      return new TopicSearch(List.of());
    }
    return new TopicSearch(
        Arrays.stream(Folding.comparable(typed.strip()).split("\\s+"))
            .filter(w -> !w.isEmpty())
            .toList());
  }

  public boolean matches(String title, List<String> keywords, String abstractText) {
    if (words.isEmpty()) {
      return true;
    }
    String text =
        Folding.comparable(
            (title == null ? "" : title)
                + "\n"
                + String.join("\n", keywords)
                + "\n"
                + (abstractText == null ? "" : abstractText));
    return words.stream().allMatch(text::contains);
  }
}
