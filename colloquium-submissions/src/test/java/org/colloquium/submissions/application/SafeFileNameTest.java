package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

  @Test
  void pathsAreDroppedWhateverTheSeparator() {
    assertEquals("paper.pdf", Submitting.safeFileName("C:\\Users\\ana\\paper.pdf"));
    assertEquals("paper.pdf", Submitting.safeFileName("../../etc/paper.pdf"));
  }

  @Test
  void headerBreakingCharactersAreReplaced() {
    assertEquals("a_b_.pdf", Submitting.safeFileName("a\"b\r.pdf"));
    assertEquals("x_y.pdf", Submitting.safeFileName("x;y.pdf"));
  }

  @Test
  void diacriticsAndCyrillicAreKept() {
    assertEquals("Științe-журнал.pdf", Submitting.safeFileName("Științe-журнал.pdf"));
  }

  @Test
  void theExtensionIsAlwaysPdf() {
    assertEquals("paper.exe.pdf", Submitting.safeFileName("paper.exe"));
    assertEquals("submission.pdf", Submitting.safeFileName("   "));
  }
}
