package org.colloquium.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class PdfEngineTest {

  @Test
  void gsubIsDroppedFromTheFontDirectoryAndTheFontStillParses() throws Exception {
    byte[] original;
    try (InputStream in = PdfEngine.class.getResourceAsStream("/colloquium/fonts/DejaVuSans.ttf")) {
      original = in.readAllBytes();
    }
    byte[] stripped = PdfEngine.withoutTable(original, "GSUB");
    try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
        TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
      assertNotNull(before.getTableMap().get("GSUB"));
      assertNull(after.getTableMap().get("GSUB"));
      assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
      assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
      // ș and a Cyrillic letter still map to the same glyphs.
      for (int c : new int[] {0x0219, 0x041a}) {
        assertEquals(
            before.getUnicodeCmapLookup().getGlyphId(c),
            after.getUnicodeCmapLookup().getGlyphId(c));
      }
    }
    assertEquals(original.length, stripped.length);
    assertTrue(PdfEngine.withoutTable(stripped, "GSUB") == stripped, "nothing left to drop");
  }

  @Test
  void cssStringsEscapeEverythingButLettersAndDigits() {
    assertEquals("\"Page\\000020\"", PdfEngine.cssString("Page "));
    assertEquals("\"\\000022\\00003b\\00007d\"", PdfEngine.cssString("\";}"));
  }
}
