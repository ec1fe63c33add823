package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

  @Test
  void pathsAreDroppedWhateverTheSeparator() {
    assertEquals("paper.pdf", DefaultSubmitting.safeFileName("C:\\Users\\ana\\paper.pdf"));
    assertEquals("paper.pdf", DefaultSubmitting.safeFileName("../../etc/paper.pdf"));
  }

  @Test
  void headerBreakingCharactersAreReplaced() {
    assertEquals("a_b_.pdf", DefaultSubmitting.safeFileName("a\"b\r.pdf"));
    assertEquals("x_y.pdf", DefaultSubmitting.safeFileName("x;y.pdf"));
  }

  @Test
  void diacriticsAndCyrillicAreKept() {
    assertEquals("Științe-журнал.pdf", DefaultSubmitting.safeFileName("Științe-журнал.pdf"));
  }

  @Test
  void theExtensionIsAlwaysPdf() {
    assertEquals("paper.exe.pdf", DefaultSubmitting.safeFileName("paper.exe"));
    assertEquals("submission.pdf", DefaultSubmitting.safeFileName("   "));
  }
}
