package org.colloquium.reviews.domain.discussion;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.text.Folding;

/**
 * Who a comment mentions: "@" followed by the full name of someone who may read the discussion,
 * compared without case or diacritics ("@stefan tugui" finds Ștefan Țugui, "@олена шевченко" finds
 * Олена Шевченко). Names are matched whole: "@Ana Pop" does not find Ana Popescu.
 */
public final class Mentions {

  private Mentions() {}

  /**
   * @param readers who may read the discussion, by account id and full name
   * @return the mentioned readers' ids, in the order of {@code readers}
   */
  public static Set<Long> in(String text, Map<Long, String> readers) {
    Set<Long> found = new LinkedHashSet<>();
    if (text == null || text.indexOf('@') < 0) {
      return found;
    }
    String folded = Folding.comparable(text);
    readers.forEach(
        (id, name) -> {
          if (name == null || name.isBlank()) {
            return;
          }
          String wanted = "@" + Folding.comparable(name.strip());
          int at = folded.indexOf(wanted);
          while (at >= 0) {
            int end = at + wanted.length();
            if (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end))) {
              found.add(id);
              return;
            }
            at = folded.indexOf(wanted, at + 1);
          }
        });
    return found;
  }
}
