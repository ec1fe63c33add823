package org.colloquium.reviews.domain.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private static final Map<Long, String> READERS = new LinkedHashMap<>();

  static {
    READERS.put(1L, "Ștefan Țugui");
    READERS.put(2L, "Олена Шевченко");
    READERS.put(3L, "Ana Pop");
    READERS.put(4L, "Ana Popescu");
  }

  @Test
  void namesAreFoundWithoutCaseOrDiacritics() {
    assertEquals(
        Set.of(1L, 2L),
        Mentions.in("@stefan tugui and @олена шевченко, what do you think?", READERS));
  }

  @Test
  void aNameIsMatchedWhole() {
    assertEquals(List.of(4L), List.copyOf(Mentions.in("cc @Ana Popescu.", READERS)));
    assertEquals(List.of(3L), List.copyOf(Mentions.in("cc @Ana Pop, thanks", READERS)));
    assertEquals(Set.of(3L, 4L), Mentions.in("@Ana Pop @Ana Popescu", READERS));
  }

  @Test
  void withoutAnAtSignNobodyIsMentioned() {
    assertEquals(Set.of(), Mentions.in("Ana Pop agrees with Ștefan Țugui.", READERS));
    assertEquals(Set.of(), Mentions.in("mail ana.pop@example.org", READERS));
    assertEquals(Set.of(), Mentions.in(null, READERS));
  }
}
