package org.colloquium.kernel.files.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.files.api.PdfSummary;
import org.junit.jupiter.api.Test;

class PdfInspectorTest {

  private static final PdfLimits TEN_MB = PdfLimits.ofMegabytes(10);

  private static PdfSummary accepted(byte[] pdf, PdfLimits limits) {
    PdfInspection inspection = PdfInspector.inspect(pdf, limits);
    return assertInstanceOf(PdfInspection.Accepted.class, inspection, inspection::toString)
        .summary();
  }

  private static void assertRefused(PdfRefusal reason, byte[] bytes, PdfLimits limits) {
    assertRefused(reason, bytes, limits, InspectionLimits.CHECK_TIME);
  }

  private static void assertRefused(
      PdfRefusal reason, byte[] bytes, PdfLimits limits, Duration time) {
    PdfInspection inspection = PdfInspector.inspect(bytes, limits, time);
    assertEquals(new PdfInspection.Refused(reason), inspection);
    assertFalse(inspection.accepted());
  }

  private static PDActionURI uri(String address) {
    PDActionURI action = new PDActionURI();
    action.setURI(address);
    return action;
  }

  private static PDAnnotationLink link(PDDocument document, PDAction action) {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(72, 600, 100, 20));
    link.setAction(action);
    try {
      document.getPage(0).getAnnotations().add(link);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return link;
  }

  @Test
  void acceptsAPlainPdfAndSummarisesItsFirstPage() {
    byte[] pdf =
        TestPdfs.onePage(
            "Sanctions and their effects\nAbstract: we measure.",
            document -> {
              PDDocumentInformation info = document.getDocumentInformation();
              info.setTitle("Sanctions and their effects");
              info.setCreator("LibreOffice Writer");
              info.setProducer("PDFBox");
            });
    PdfSummary summary = accepted(pdf, TEN_MB);

    assertEquals(1, summary.pageCount());
    assertEquals("Sanctions and their effects", summary.title());
    assertEquals("LibreOffice Writer", summary.creator());
    assertEquals("PDFBox", summary.producer());
    assertEquals("", summary.author());
    assertTrue(summary.firstPageText().contains("Abstract: we measure."), summary::firstPageText);
  }

  @Test
  void firstPageTextStopsAtTheFirstPage() {
    PdfSummary summary = accepted(TestPdfs.withPages("Page one", "Page two"), TEN_MB);

    assertEquals(2, summary.pageCount());
    assertTrue(summary.firstPageText().contains("Page one"));
    assertFalse(summary.firstPageText().contains("Page two"));
  }

  @Test
  void readsAuthorMetadataWithRomanianAndCyrillicLetters() {
    byte[] pdf =
        TestPdfs.onePage("Text", d -> d.getDocumentInformation().setAuthor("Ștefan Кузнецов"));

    assertEquals("Ștefan Кузнецов", accepted(pdf, TEN_MB).author());
  }

  @Test
  void refusesAnEmptyFile() {
    assertRefused(PdfRefusal.EMPTY, new byte[0], TEN_MB);
    assertRefused(PdfRefusal.EMPTY, null, TEN_MB);
  }

  @Test
  void refusesAFileOverTheSizeLimitButAcceptsOneExactlyAtIt() {
    byte[] pdf = TestPdfs.withPages("Text");

    assertRefused(PdfRefusal.TOO_LARGE, pdf, PdfLimits.ofBytes(pdf.length - 1));
    accepted(pdf, PdfLimits.ofBytes(pdf.length));
  }

  @Test
  void refusesATextFile() {
    byte[] text = "Abstract: we measure.\n".getBytes(StandardCharsets.UTF_8);
    assertRefused(PdfRefusal.NOT_A_PDF, text, TEN_MB);
  }

  @Test
  void refusesAFileThatOnlyMentionsPdfLater() {
    byte[] pdf = TestPdfs.withPages("Text");
    byte[] prefixed = new byte[pdf.length + 1];
    prefixed[0] = ' ';
    System.arraycopy(pdf, 0, prefixed, 1, pdf.length);
    assertRefused(PdfRefusal.NOT_A_PDF, prefixed, TEN_MB);
  }

  @Test
  void refusesATruncatedPdf() {
    byte[] pdf = TestPdfs.withPages("First page", "Second page", "Third page");
    assertRefused(PdfRefusal.UNREADABLE, Arrays.copyOf(pdf, pdf.length / 2), TEN_MB);
    assertRefused(PdfRefusal.UNREADABLE, Arrays.copyOf(pdf, pdf.length - 10), TEN_MB);
  }

  @Test
  void refusesAFileWithAPdfHeaderButNoDocument() {
    byte[] fake = "%PDF-1.7\nthis is not a document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertRefused(PdfRefusal.UNREADABLE, fake, TEN_MB);
  }

  @Test
  void refusesAPdfThatNeedsAPasswordToOpen() {
    assertRefused(PdfRefusal.ENCRYPTED, TestPdfs.encrypted("user-password"), TEN_MB);
  }

  @Test
  void refusesAPdfEncryptedWithAnEmptyUserPassword() {
    // Opens without a password, but is still encrypted: reviewers' tools and stripMetadata cannot
    // rewrite it.
    assertRefused(PdfRefusal.ENCRYPTED, TestPdfs.encrypted(""), TEN_MB);
  }

  @Test
  void refusesADocumentLevelJavaScriptOpenAction() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi');")));
    assertRefused(PdfRefusal.CONTAINS_JAVASCRIPT, pdf, TEN_MB);
  }

  @Test
  void refusesJavaScriptInTheNamesTree() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> TestPdfs.javaScriptNameTree(d, new PDActionJavaScript("app.alert('hi');")));
    assertRefused(PdfRefusal.CONTAINS_JAVASCRIPT, pdf, TEN_MB);
  }

  @Test
  void refusesJavaScriptBehindALinkAnnotation() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDAnnotationLink link = new PDAnnotationLink();
              link.setRectangle(new PDRectangle(72, 600, 100, 20));
              link.setAction(new PDActionJavaScript("app.alert('hi');"));
              try {
                d.getPage(0).getAnnotations().add(link);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertRefused(PdfRefusal.CONTAINS_JAVASCRIPT, pdf, TEN_MB);
  }

  @Test
  void refusesJavaScriptRunWhenAPageOpens() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDPageAdditionalActions actions = new PDPageAdditionalActions();
              actions.setO(new PDActionJavaScript("app.alert('hi');"));
              d.getPage(0).setActions(actions);
            });
    assertRefused(PdfRefusal.CONTAINS_JAVASCRIPT, pdf, TEN_MB);
  }

  @Test
  void refusesAnEmbeddedFile() {
    byte[] pdf = TestPdfs.onePage("Text", TestPdfs::embeddedFilesNameTree);
    assertRefused(PdfRefusal.CONTAINS_EMBEDDED_FILES, pdf, TEN_MB);
  }

  @Test
  void refusesAFileAttachmentAnnotationEvenWithoutTheFileInside() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
              attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
              attachment.setFile(
                  new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("notes.txt")));
              try {
                d.getPage(0).getAnnotations().add(attachment);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertRefused(PdfRefusal.CONTAINS_EMBEDDED_FILES, pdf, TEN_MB);
  }

  @Test
  void refusesMorePagesThanTheCallAllowsButAcceptsExactlyTheLimit() {
    byte[] pdf = TestPdfs.withPages("One", "Two", "Three");

    assertRefused(PdfRefusal.TOO_MANY_PAGES, pdf, TEN_MB.withMaxPages(2));
    assertEquals(3, accepted(pdf, TEN_MB.withMaxPages(3)).pageCount());
    assertEquals(3, accepted(pdf, TEN_MB).pageCount());
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> PdfLimits.ofBytes(0));
    assertThrows(IllegalArgumentException.class, () -> TEN_MB.withMaxPages(0));
    assertEquals(OptionalInt.empty(), new PdfLimits(1, null).maxPages());
  }

  @Test
  void refusalsHaveMessageKeys() {
    assertEquals("submission.pdf.tooLarge", PdfRefusal.TOO_LARGE.messageKey("submission.pdf."));
    assertEquals(
        "file.pdf.containsEmbeddedFiles",
        PdfRefusal.CONTAINS_EMBEDDED_FILES.messageKey("file.pdf."));
    assertEquals("file.pdf.empty", PdfRefusal.EMPTY.messageKey("file.pdf."));
  }

  @Test
  void stripMetadataRemovesDocumentInformationAndXmpAndKeepsTheContent() throws IOException {
    byte[] pdf =
        TestPdfs.onePage(
            "Sanctions and their effects",
            d -> {
              PDDocumentInformation info = d.getDocumentInformation();
              info.setAuthor("Ștefan Кузнецов");
              info.setTitle("Draft by Ștefan");
              d.getDocumentCatalog().setMetadata(TestPdfs.xmp(d, "Ștefan Кузнецов"));
              d.getPage(0).setMetadata(TestPdfs.xmp(d, "Ștefan Кузнецов"));
            });

    byte[] stripped = PdfInspector.stripMetadata(pdf);

    try (PDDocument document = Loader.loadPDF(stripped)) {
      assertNull(document.getDocument().getTrailer().getCOSDictionary(COSName.INFO));
      assertNull(document.getDocumentCatalog().getMetadata());
      assertNull(document.getPage(0).getMetadata());
    }
    PdfSummary summary = accepted(stripped, TEN_MB);
    assertEquals("", summary.author());
    assertEquals("", summary.title());
    assertTrue(summary.firstPageText().contains("Sanctions and their effects"));
    assertEquals("", summary.creator());
  }

  @Test
  void stripMetadataRemovesTheAuthorsOfCommentsAndKeepsTheComments() throws IOException {
    byte[] pdf =
        TestPdfs.onePage(
            "Sanctions and their effects",
            d -> {
              PDAnnotationText note = new PDAnnotationText();
              note.setRectangle(new PDRectangle(72, 700, 20, 20));
              note.setTitlePopup("Andrei Țurcanu");
              note.setContents("Check the 2022 figures.");
              try {
                d.getPage(0).getAnnotations().add(note);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    try (PDDocument before = Loader.loadPDF(pdf)) {
      assertEquals(
          "Andrei Țurcanu",
          ((PDAnnotationMarkup) before.getPage(0).getAnnotations().get(0)).getTitlePopup());
    }

    byte[] stripped = PdfInspector.stripMetadata(pdf);

    try (PDDocument document = Loader.loadPDF(stripped)) {
      var annotations = document.getPage(0).getAnnotations();
      assertEquals(1, annotations.size());
      assertNull(annotations.get(0).getCOSObject().getDictionaryObject(COSName.T));
      assertEquals("Check the 2022 figures.", annotations.get(0).getContents());
    }
  }

  @Test
  void stripMetadataOfAFileWithoutMetadataChangesNothingVisible() {
    byte[] pdf = TestPdfs.withPages("Text");
    PdfSummary before = accepted(pdf, TEN_MB);
    PdfSummary after = accepted(PdfInspector.stripMetadata(pdf), TEN_MB);
    assertEquals(before.firstPageText(), after.firstPageText());
    assertEquals(before.pageCount(), after.pageCount());
  }

  @Test
  void stripMetadataRefusesWhatIsNotAReadablePdf() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PdfInspector.stripMetadata("hello".getBytes(StandardCharsets.US_ASCII)));
    assertThrows(
        IllegalArgumentException.class,
        () -> PdfInspector.stripMetadata(TestPdfs.encrypted("user-password")));
    assertThrows(
        IllegalArgumentException.class, () -> PdfInspector.stripMetadata(TestPdfs.encrypted("")));
  }

  @Test
  void aFileWhoseCheckRunsOutOfTimeIsRefusedAsTooSlow() {
    assertRefused(PdfRefusal.TOO_SLOW, TestPdfs.withPages("Text"), TEN_MB, Duration.ofNanos(1));
  }

  @Test
  void pagesAreCountedInTheTreeNotTakenFromItsCount() {
    byte[] pdf =
        TestPdfs.build(
            document -> {
              TestPdfs.addPages(document, "One", "Two", "Three");
              // A file may claim one page to pass a call's limit; readers show all three.
              document.getPages().getCOSObject().setInt(COSName.COUNT, 1);
            });
    assertRefused(PdfRefusal.TOO_MANY_PAGES, pdf, TEN_MB.withMaxPages(2));
    assertEquals(3, accepted(pdf, TEN_MB).pageCount());
  }

  @Test
  void aWebAddressOpenedByAnActionChainedToTheOpenActionIsRefused() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDActionGoTo goTo = new PDActionGoTo();
              PDPageFitDestination top = new PDPageFitDestination();
              top.setPage(d.getPage(0));
              goTo.setDestination(top);
              PDActionURI uri = new PDActionURI();
              uri.setURI("https://tracker.example/opened");
              goTo.setNext(List.of(uri));
              d.getDocumentCatalog().setOpenAction(goTo);
            });
    assertRefused(PdfRefusal.OPENS_LINK_ON_OPEN, pdf, TEN_MB);
  }

  @Test
  void anOpenActionThatOnlyShowsAPageIsAccepted() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDPageFitDestination top = new PDPageFitDestination();
              top.setPage(d.getPage(0));
              d.getDocumentCatalog().setOpenAction(top);
            });
    accepted(pdf, TEN_MB);
  }

  @Test
  void aLinkToAWebAddressIsAcceptedButALinkLaunchingAProgramIsNot() {
    byte[] doi = TestPdfs.onePage("Text", d -> link(d, uri("https://doi.org/10.1000/182")));
    accepted(doi, TEN_MB);
    PDActionLaunch launch = new PDActionLaunch();
    launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
    byte[] program = TestPdfs.onePage("Text", d -> link(d, launch));
    assertRefused(PdfRefusal.LAUNCHES_APPLICATIONS, program, TEN_MB);
  }

  @Test
  void actionsAnAnnotationRunsByItselfAreRefusedEvenWithoutScript() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDAnnotationLink link = link(d, uri("https://doi.org/10.1000/182"));
              PDAnnotationAdditionalActions actions = new PDAnnotationAdditionalActions();
              actions.setE(uri("https://tracker.example/hovered"));
              link.getCOSObject().setItem(COSName.AA, actions.getCOSObject());
            });
    assertRefused(PdfRefusal.RUNS_AUTOMATIC_ACTIONS, pdf, TEN_MB);
  }

  @Test
  void aScriptAmongOtherActiveContentIsNamedFirst() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              PDPageAdditionalActions actions = new PDPageAdditionalActions();
              actions.setO(new PDActionJavaScript("app.alert('hi');"));
              d.getPage(0).setActions(actions);
              link(d, uri("https://doi.org/10.1000/182"));
            });
    assertRefused(PdfRefusal.CONTAINS_JAVASCRIPT, pdf, TEN_MB);
  }

  @Test
  void aStructureElementWhoseRoleIsNamedLikeAnActionIsNotAnAction() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> {
              COSDictionary root = new COSDictionary();
              root.setName(COSName.TYPE, "StructTreeRoot");
              COSDictionary element = new COSDictionary();
              element.setName(COSName.TYPE, "StructElem");
              element.setName(COSName.S, "Launch");
              element.setItem(COSName.P, root);
              root.setItem(COSName.K, element);
              d.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
            });
    accepted(pdf, TEN_MB);
  }

  @Test
  void documentPropertiesAndTheFirstPageAreKeptOnlyUpToTheirLimits() {
    String longLine = "Sanctions and their effects on trade ".repeat(3);
    String[] lines = new String[800];
    java.util.Arrays.fill(lines, longLine);
    byte[] pdf =
        TestPdfs.onePage(
            String.join("\n", lines),
            d -> d.getDocumentInformation().setAuthor("Ștefan ".repeat(1_000)));
    PdfSummary summary = accepted(pdf, TEN_MB);
    assertEquals(InspectionLimits.METADATA_CHARS, summary.author().length());
    assertTrue(
        summary.firstPageText().length() <= InspectionLimits.FIRST_PAGE_TEXT_CHARS,
        () -> "kept " + summary.firstPageText().length());
    assertTrue(summary.firstPageText().length() > 10_000, () -> "kept " + summary.firstPageText());
  }

  @Test
  void stripMetadataIsBoundedLikeTheInspection() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PdfInspector.stripMetadata(HostileFiles.objectStreamBomb(64)));
  }

  @Test
  void theSameBytesGiveTheSameAnswer() {
    byte[] pdf = TestPdfs.withPages("Text");
    byte[] copy = pdf.clone();
    PdfInspector.inspect(pdf, TEN_MB);
    assertArrayEquals(copy, pdf, "inspection does not change the caller's bytes");
  }
}
