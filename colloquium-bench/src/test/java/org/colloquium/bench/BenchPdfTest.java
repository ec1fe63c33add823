package org.colloquium.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BenchPdfTest {

  private static final BenchPdf PDF = BenchPdf.ofAbout(1_048_576);

  @Test
  void isAboutOneMegabyte() {
    assertTrue(Math.abs(PDF.size() - 1_048_576) < 60_000, "size " + PDF.size());
  }

  @Test
  void eachAuthorsCopyIsAReadablePdfOfTheSameSizeWithOtherBytes() throws Exception {
    byte[] first = PDF.forAuthor(1);
    byte[] other = PDF.forAuthor(123);
    assertEquals(first.length, other.length);
    assertFalse(Arrays.equals(first, other));
    assertArrayEquals(first, PDF.forAuthor(1));
    try (PDDocument document = Loader.loadPDF(other)) {
      assertEquals(9, document.getNumberOfPages());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      assertTrue(stripper.getText(document).contains("RUSH-000123"));
    }
  }
}
