package org.colloquium.kernel.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.files.api.PdfSummary;
import org.colloquium.kernel.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus ({@link HostileFiles}) is refused with its own reason, within
 * bounded time and memory, both by the inspection of a submission's PDF and by the check of a
 * public file; the harmless ones pass.
 */
class HostileUploadsTest {

  private static final PdfLimits TWENTY_MB = PdfLimits.ofMegabytes(20);

  /** Each hostile PDF of the corpus with the reason it is refused for. */
  static final Map<String, PdfRefusal> REFUSED_PDFS =
      Map.ofEntries(
          Map.entry("text-bomb-5mb.pdf", PdfRefusal.TOO_COMPLEX),
          Map.entry("text-bomb-50mb.pdf", PdfRefusal.TOO_COMPLEX),
          Map.entry("stream-bomb-128mb.pdf", PdfRefusal.TOO_COMPLEX),
          Map.entry("font-bomb-128mb.pdf", PdfRefusal.TOO_COMPLEX),
          Map.entry("object-stream-bomb-128mb.pdf", PdfRefusal.TOO_COMPLEX),
          Map.entry("page-tree-loop.pdf", PdfRefusal.UNREADABLE),
          Map.entry("deep-nesting.pdf", PdfRefusal.UNREADABLE),
          Map.entry("launch.pdf", PdfRefusal.LAUNCHES_APPLICATIONS),
          Map.entry("submit-form.pdf", PdfRefusal.SUBMITS_FORMS),
          Map.entry("import-data.pdf", PdfRefusal.IMPORTS_DATA),
          Map.entry("goto-remote.pdf", PdfRefusal.OPENS_OTHER_DOCUMENTS),
          Map.entry("goto-embedded.pdf", PdfRefusal.OPENS_OTHER_DOCUMENTS),
          Map.entry("uri-open-action.pdf", PdfRefusal.OPENS_LINK_ON_OPEN),
          Map.entry("additional-actions.pdf", PdfRefusal.RUNS_AUTOMATIC_ACTIONS),
          Map.entry("xfa-form.pdf", PdfRefusal.CONTAINS_XFA),
          Map.entry("javascript.pdf", PdfRefusal.CONTAINS_JAVASCRIPT),
          Map.entry("embedded-file.pdf", PdfRefusal.CONTAINS_EMBEDDED_FILES),
          Map.entry("pdf-zip-polyglot.pdf", PdfRefusal.ALSO_AN_ARCHIVE));

  /** Each hostile image of the corpus with the message key it is refused with. */
  static final Map<String, String> REFUSED_IMAGES =
      Map.of(
          "pixel-bomb-30000x30000.png", "file.image.tooManyPixels",
          "truncated.jpg", "file.image.notAnImage",
          "png-zip-polyglot.png", "file.image.alsoAnArchive");

  static final Set<String> HARMLESS = Set.of("harmless.pdf", "harmless-doi-link.pdf");

  private static final Map<String, byte[]> CORPUS = new java.util.concurrent.ConcurrentHashMap<>();

  private static byte[] file(String name) {
    return CORPUS.computeIfAbsent(name, n -> HostileFiles.corpus().get(n).get());
  }

  static Stream<Arguments> refusedPdfs() {
    return REFUSED_PDFS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theTestsCoverEveryFileOfTheCorpus() {
    Set<String> covered = new HashSet<>(REFUSED_PDFS.keySet());
    covered.addAll(REFUSED_IMAGES.keySet());
    covered.addAll(HARMLESS);
    assertEquals(HostileFiles.corpus().keySet(), covered);
  }

  @Test
  void theCorpusSaysWhatEachFileIsRefusedForAsTheServerAnswers() {
    REFUSED_PDFS.forEach(
        (name, reason) -> assertEquals(reason.messageKey(""), HostileFiles.REFUSALS.get(name)));
    REFUSED_IMAGES.forEach(
        (name, key) -> assertEquals(key, "file.image." + HostileFiles.REFUSALS.get(name)));
    assertEquals(REFUSED_PDFS.size() + REFUSED_IMAGES.size(), HostileFiles.REFUSALS.size());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedPdfs")
  void aHostilePdfIsRefusedForItsReasonInBoundedTime(String name, PdfRefusal reason) {
    long start = System.nanoTime();
    assertEquals(
        new PdfInspection.Refused(reason), PdfInspector.inspect(file(name), TWENTY_MB), name);
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    assertTrue(seconds < InspectionLimits.CHECK_TIME.toSeconds(), name + " took " + seconds + " s");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedPdfs")
  void aHostilePdfIsRefusedAsAPublicDownloadWithItsOwnMessage(String name, PdfRefusal reason) {
    var e = assertThrows(ValidationException.class, () -> ContentCheck.pdf("file", file(name)));
    assertEquals(List.of(ContentCheck.refusal("file", reason)), e.problems());
  }

  @Test
  void hostileImagesAreRefusedWithTheirOwnMessages() {
    REFUSED_IMAGES.forEach(
        (name, key) -> {
          var e =
              assertThrows(ValidationException.class, () -> ContentCheck.image("logo", file(name)));
          assertEquals(key, e.problems().get(0).messageKey(), name);
        });
  }

  @Test
  void thePixelBombIsSmallOnTheWireAndRefusedFromItsHeaderAlone() {
    byte[] png = file("pixel-bomb-30000x30000.png");
    assertTrue(png.length < ContentCheck.MAX_IMAGE_BYTES, "under the size limit: " + png.length);
    long start = System.nanoTime();
    var e = assertThrows(ValidationException.class, () -> ContentCheck.image("logo", png));
    assertEquals(List.of(40L, 20_000), e.problems().get(0).arguments());
    // Decoding 900 megapixels would take seconds and gigabytes; reading a header takes neither.
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_000);
  }

  @Test
  void harmlessFilesOfTheCorpusPass() {
    for (String name : HARMLESS) {
      assertInstanceOf(
          PdfInspection.Accepted.class, PdfInspector.inspect(file(name), TWENTY_MB), name);
      assertEquals("application/pdf", ContentCheck.pdf("file", file(name)).contentType());
    }
  }

  @Test
  void anOrdinaryLinkToADoiIsNotActiveContent() {
    PdfSummary summary =
        ((PdfInspection.Accepted) PdfInspector.inspect(file("harmless-doi-link.pdf"), TWENTY_MB))
            .summary();
    assertTrue(summary.firstPageText().contains("doi:10.1000/182"), summary.firstPageText());
  }

  @Test
  void theTextBombWouldHaveMillionsOfGlyphsButTheCheckStopsEarly() throws IOException {
    byte[] bomb = file("text-bomb-5mb.pdf");
    assertTrue(bomb.length < 10_000, "a few kilobytes on the wire: " + bomb.length);
    try (PDDocument document = Loader.loadPDF(bomb)) {
      // What PDFBox would show a text extractor: five million letters on one page.
      assertTrue(document.getPage(0).getContents().readAllBytes().length > 5_000_000);
    }
  }

  @Test
  void thePolyglotIsReallyBothAPdfAndAZipArchive(@TempDir Path directory) throws IOException {
    byte[] polyglot = file("pdf-zip-polyglot.pdf");
    try (PDDocument document = Loader.loadPDF(polyglot)) {
      assertEquals(1, document.getNumberOfPages());
    }
    Path asZip = Files.write(directory.resolve("paper.zip"), polyglot);
    try (ZipFile zip = new ZipFile(asZip.toFile())) {
      assertEquals("payload.txt", zip.entries().nextElement().getName());
    }
    assertTrue(ZipTail.present(polyglot));
    assertTrue(ZipTail.present(file("png-zip-polyglot.png")));
  }

  @Test
  void noHarmlessFileLooksLikeAnArchive() {
    for (String name : HARMLESS) {
      assertTrue(!ZipTail.present(file(name)), name);
    }
    assertTrue(!ZipTail.present(TestPdfs.withPages("One", "Two")));
  }

  @Test
  void aPageTreeLoopIsRefusedAndDoesNotHang() {
    assertEquals(
        new PdfInspection.Refused(PdfRefusal.UNREADABLE),
        PdfInspector.inspect(file("page-tree-loop.pdf"), TWENTY_MB.withMaxPages(10)));
  }
}
