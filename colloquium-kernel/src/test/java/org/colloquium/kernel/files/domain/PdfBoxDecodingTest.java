package org.colloquium.kernel.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * What PDFBox unpacks is counted on a thread that checks an upload, and only there. If a PDFBox
 * upgrade changes the factory that this hooks into, the first test fails.
 */
class PdfBoxDecodingTest {

  /** A page whose content unpacks to 40 MB of spaces, more than a check may unpack. */
  private static final byte[] FORTY_MB = HostileFiles.streamBomb(40);

  @Test
  void pdfBoxFiltersAreWrapped() {
    assertTrue(PdfBoxDecoding.bounded(), "PDFBox's FilterFactory changed: see PdfBoxDecoding");
  }

  private static long unpack(PDDocument document) {
    try (InputStream contents = document.getPage(0).getContents()) {
      return contents.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void withinACheckUnpackingStopsAtTheBudget() throws IOException {
    assertTrue(PdfBoxDecoding.bounded());
    InspectionBudget budget =
        new InspectionBudget(InspectionLimits.PDF_UNPACKED_BYTES, Duration.ofMinutes(1));
    try (PDDocument document = Loader.loadPDF(FORTY_MB)) {
      assertThrows(
          InspectionBudget.LimitReached.class, () -> budget.during(() -> unpack(document)));
    }
    assertEquals(java.util.Optional.of(InspectionBudget.Exhausted.MEMORY), budget.exhausted());
  }

  @Test
  void outsideACheckPdfBoxUnpacksAsBefore() throws IOException {
    try (PDDocument document = Loader.loadPDF(FORTY_MB)) {
      assertTrue(unpack(document) > 40L * 1024 * 1024);
    }
  }

  @Test
  void aBudgetCountsWhatItsCheckUnpacked() throws IOException {
    InspectionBudget budget = new InspectionBudget(1L << 30, Duration.ofMinutes(1));
    try (PDDocument document = Loader.loadPDF(FORTY_MB)) {
      long unpacked = budget.during(() -> unpack(document));
      assertEquals(unpacked, budget.unpacked());
    }
    assertTrue(budget.exhausted().isEmpty());
  }

  @Test
  void aBudgetWhoseTimeIsUpStopsTheCheck() {
    InspectionBudget budget = new InspectionBudget(1024, Duration.ofNanos(1));
    assertThrows(InspectionBudget.LimitReached.class, budget::checkTime);
    assertEquals(java.util.Optional.of(InspectionBudget.Exhausted.TIME), budget.exhausted());
    // Once a limit ran out, everything the check still tries stops at once.
    assertThrows(InspectionBudget.LimitReached.class, () -> budget.unpacked(1));
  }
}
