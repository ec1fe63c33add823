package org.colloquium.submissions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordCountTest {

  @Test
  void countsWordsInAnyScript() {
    assertEquals(4, WordCount.of("Științe sociale și журнал"));
  }

  @Test
  void markdownMarksAreNotWords() {
    assertEquals(3, WordCount.of("# Title\n\n- **bold** item\n\n---\n> "));
  }

  @Test
  void hyphenatedAndPunctuatedTokensCountOnce() {
    assertEquals(3, WordCount.of("post-Soviet, well-known (2024)."));
  }

  @Test
  void emptyAndBlankHaveNoWords() {
    assertEquals(0, WordCount.of(null));
    assertEquals(0, WordCount.of(" \n\t "));
  }
}
