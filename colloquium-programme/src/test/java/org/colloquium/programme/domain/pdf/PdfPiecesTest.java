package org.colloquium.programme.domain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

class PdfPiecesTest {

  @Test
  void romanianOrderPutsTheRomanianLettersAfterTheirBaseLetter() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "Țurcanu",
                "Tudor",
                "Șerban",
                "Szabó",
                "Suciu",
                "Îonescu",
                "Ivan",
                "Âncuța",
                "Ăsman",
                "Azur",
                "Коваленко",
                "Şandru"));
    names.sort(Labels.of(Language.RO).nameOrder());
    assertEquals(
        List.of(
            "Azur",
            "Ăsman",
            "Âncuța",
            "Ivan",
            "Îonescu",
            "Suciu",
            "Szabó",
            "Şandru",
            "Șerban",
            "Tudor",
            "Țurcanu",
            "Коваленко"),
        names);
    names.sort(Labels.of(Language.EN).nameOrder());
    // English folds the letters into a, i, s, t: Âncuța and Ăsman come before Azur.
    assertEquals(List.of("Âncuța", "Ăsman", "Azur"), names.subList(0, 3));
    assertEquals(List.of("Şandru", "Șerban", "Suciu", "Szabó"), names.subList(5, 9));
  }

  @Test
  void logosAreTakenOnlyAsPngOrJpegByTheirSignature() {
    Optional<String> png = BookOfAbstracts.dataUri(Fixtures.logoPng());
    assertTrue(png.orElseThrow().startsWith("data:image/png;base64,iVBOR"));
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0};
    assertTrue(BookOfAbstracts.dataUri(jpeg).orElseThrow().startsWith("data:image/jpeg;base64,"));
    assertFalse(BookOfAbstracts.dataUri("<svg onload=x>".getBytes()).isPresent());
    assertFalse(BookOfAbstracts.dataUri(new byte[0]).isPresent());
  }

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
