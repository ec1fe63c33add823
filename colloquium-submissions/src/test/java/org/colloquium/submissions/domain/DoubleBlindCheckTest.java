package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.files.api.PdfSummary;
import org.colloquium.kernel.files.domain.PdfInspector;
import org.colloquium.kernel.files.domain.TestPdfs;
import org.colloquium.submissions.api.BlindnessWarning;
import org.junit.jupiter.api.Test;

class DoubleBlindCheckTest {

  private static final PdfLimits LIMITS = PdfLimits.ofMegabytes(10);
  private static final List<AuthorIdentity> AUTHORS =
      List.of(
          new AuthorIdentity("Ana-Maria Ionescu", "ana.ionescu@example.org"),
          new AuthorIdentity("Ștefan Кузнецов", "s.kuznetsov@example.org"));

  private static PdfSummary summary(byte[] pdf) {
    return ((PdfInspection.Accepted) PdfInspector.inspect(pdf, LIMITS)).summary();
  }

  private static PdfSummary firstPage(String text) {
    return new PdfSummary(1, "", "", "", "", text);
  }

  @Test
  void anAnonymousPaperGetsNoWarning() {
    byte[] pdf =
        TestPdfs.onePage(
            "Sanctions and their effects\nAbstract: we measure.",
            d -> d.getDocumentInformation().setTitle("Sanctions and their effects"));
    assertEquals(List.of(), DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
  }

  @Test
  void warnsWhenTheAuthorMetadataNamesAnAuthorWhateverTheCaseAndDiacritics() {
    byte[] pdf =
        TestPdfs.onePage("Text", d -> d.getDocumentInformation().setAuthor("Ștefan Кузнецов"));
    PdfSummary summary = summary(pdf);

    assertEquals(
        List.of(BlindnessWarning.METADATA_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary, AUTHORS));
    // Cedilla instead of comma below, capitals, no diacritics at all.
    assertEquals(
        List.of(BlindnessWarning.METADATA_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary, List.of(new AuthorIdentity("ŞTEFAN кузнецов", ""))));
    assertEquals(
        List.of(BlindnessWarning.METADATA_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary, List.of(new AuthorIdentity("Stefan Кузнецов", ""))));
  }

  @Test
  void warnsWhenTheTitleOrCreatorNamesAnAuthor() {
    byte[] pdf =
        TestPdfs.onePage(
            "Text",
            d -> d.getDocumentInformation().setCreator("Word - draft of Ana-Maria Ionescu"));
    assertEquals(
        List.of(BlindnessWarning.METADATA_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
  }

  @Test
  void warnsWhenTheFirstPageNamesAnAuthor() {
    // Helvetica cannot write ș or Cyrillic: the author typed the name without diacritics.
    byte[] pdf =
        TestPdfs.withPages(
            "Sanctions and their effects\nANA-MARIA IONESCU, University of Bucharest",
            "Second page");
    assertEquals(
        List.of(BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
  }

  @Test
  void warnsWhenTheFirstPageNamesAnAuthorInRomanianAndCyrillic() {
    assumeTrue(TestPdfs.UNICODE_FONT.isPresent(), "no TrueType font with Cyrillic on this machine");
    byte[] pdf =
        TestPdfs.withPagesInUnicodeFont("Sanctions\nŞtefan КУЗНЕЦОВ, Universitatea din București");
    assertEquals(
        List.of(BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
  }

  @Test
  void warnsWhenTheFirstPageGivesAnAuthorsEmail() {
    byte[] pdf = TestPdfs.withPages("Sanctions\nContact: S.Kuznetsov@Example.ORG");
    assertEquals(
        List.of(BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
  }

  @Test
  void warnsAboutBothPlacesAtOnce() {
    byte[] pdf =
        TestPdfs.onePage(
            "by Ana-Maria Ionescu", d -> d.getDocumentInformation().setAuthor("Ana-Maria Ionescu"));
    assertEquals(
        List.of(
            BlindnessWarning.METADATA_NAMES_AN_AUTHOR, BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
  }

  @Test
  void aPdfWhoseMetadataWereStrippedNoLongerWarns() {
    byte[] pdf =
        TestPdfs.onePage(
            "Sanctions and their effects",
            d -> {
              d.getDocumentInformation().setAuthor("Ștefan Кузнецов");
              d.getDocumentInformation().setCreator("Word - Ana-Maria Ionescu");
            });
    assertEquals(
        List.of(BlindnessWarning.METADATA_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(summary(pdf), AUTHORS));
    assertEquals(
        List.of(), DoubleBlindCheck.warnings(summary(PdfInspector.stripMetadata(pdf)), AUTHORS));
  }

  @Test
  void matchesWholeNamesOnly() {
    List<AuthorIdentity> ion = List.of(new AuthorIdentity("Ion Ana", "ion@example.org"));
    assertEquals(List.of(), DoubleBlindCheck.warnings(firstPage("Ion Anastasescu wrote"), ion));
    assertEquals(List.of(), DoubleBlindCheck.warnings(firstPage("mail: lion@example.org"), ion));
    assertEquals(List.of(), DoubleBlindCheck.warnings(firstPage("Ion, Ana and others"), ion));
    assertEquals(
        List.of(BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(firstPage("by Ion\n  Ana (Iași)"), ion));
  }

  @Test
  void blankNamesAndEmailsMatchNothing() {
    assertEquals(
        List.of(),
        DoubleBlindCheck.warnings(
            new PdfSummary(1, "Someone", "", "", "", "Text"),
            List.of(new AuthorIdentity(" ", null))));
  }

  @Test
  void aRefusedFileHasNothingToWarnAbout() {
    assertEquals(
        List.of(), DoubleBlindCheck.warnings(new PdfInspection.Refused(PdfRefusal.EMPTY), AUTHORS));
    assertEquals(
        List.of(BlindnessWarning.FIRST_PAGE_NAMES_AN_AUTHOR),
        DoubleBlindCheck.warnings(
            new PdfInspection.Accepted(firstPage("Ana-Maria Ionescu")), AUTHORS));
  }
}
