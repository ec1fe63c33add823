package org.colloquium.programme.domain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProgrammePdfTest {

  private static byte[] romanian;
  private static byte[] english;

  @BeforeAll
  static void render() throws Exception {
    romanian = ProgrammePdf.render(Fixtures.realistic(Language.RO), Language.RO);
    english = ProgrammePdf.render(Fixtures.realistic(Language.RO), Language.EN);
  }

  @Test
  void isATaggedA4DocumentWithEmbeddedFontsTitleAndLanguage() throws Exception {
    try (PDDocument document = PdfChecks.load(romanian)) {
      assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
      PDPage first = document.getPage(0);
      assertEquals(595, Math.round(first.getMediaBox().getWidth()));
      assertEquals(842, Math.round(first.getMediaBox().getHeight()));
      assertEquals(List.of(), PdfChecks.fontsNotEmbedded(document));
      assertNotNull(document.getDocumentCatalog().getStructureTreeRoot());
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
      assertEquals("ro", document.getDocumentCatalog().getLanguage());
      assertEquals(
          "Conferința Națională de Fizică 2026 — Programul",
          document.getDocumentInformation().getTitle());
    }
    try (PDDocument document = PdfChecks.load(english)) {
      assertEquals("en", document.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void romanianCommaBelowAndCyrillicComeOutAsText() throws Exception {
    try (PDDocument document = PdfChecks.load(romanian)) {
      String text = PdfChecks.text(document);
      assertTrue(text.contains("Ștefan Țîrcă"), "Romanian ș ț î");
      assertTrue(text.contains("\u0219"), "ș (U+0219)");
      assertTrue(text.contains("Олена Коваленко"), "a Cyrillic name");
      assertTrue(text.contains("Pauză de cafea"), "the break");
      assertTrue(text.contains("Moderatori: Maria Aron, Олена Коваленко"), "chairs");
      assertTrue(text.contains("Neutrinos and the early universe"), "the second-language title");
      assertTrue(text.contains("Pagina 1 / "), "the footer");
      assertFalse(text.contains("#"), "no glyph fell back to '#'");
    }
  }

  @Test
  void postersShowTheirBoardsAndTheOutlineHasOneEntryPerDay() throws Exception {
    try (PDDocument document = PdfChecks.load(romanian)) {
      String text = PdfChecks.text(document).replaceAll("[ \\t]+", " ");
      assertTrue(text.contains("P3 Poster on detector calibration 3"), "board before the title");
      assertEquals(
          List.of(
              "Marți, 12 mai 2026",
              "Miercuri, 13 mai 2026",
              "Joi, 14 mai 2026",
              "Indexul vorbitorilor"),
          PdfChecks.outline(document));
    }
    try (PDDocument document = PdfChecks.load(english)) {
      assertEquals(
          List.of(
              "Tuesday, 12 May 2026",
              "Wednesday, 13 May 2026",
              "Thursday, 14 May 2026",
              "Index of speakers"),
          PdfChecks.outline(document));
      assertTrue(PdfChecks.text(document).contains("Chairs: Maria Aron"));
    }
  }

  @Test
  void speakerIndexIsInFamilyNameOrderOfTheLabelsLanguage() throws Exception {
    // Romanian sorts Ș after every S (Szabó before Șova); English folds Ș into S.
    assertEquals(
        List.of("Aron", "Ionescu", "Smith", "Suciu", "Szabó", "Șova", "Țîrcă", "Коваленко"),
        indexFamilies(romanian, "Indexul vorbitorilor"));
    assertEquals(
        List.of("Aron", "Ionescu", "Smith", "Șova", "Suciu", "Szabó", "Țîrcă", "Коваленко"),
        indexFamilies(english, "Index of speakers"));
  }

  /** The family names the index lists, in its order (Anghel never presents: not a speaker). */
  private static List<String> indexFamilies(byte[] pdf, String heading) throws Exception {
    try (PDDocument document = PdfChecks.load(pdf)) {
      String text = PdfChecks.text(document);
      String index = text.substring(text.lastIndexOf(heading) + heading.length());
      List<String> families = new ArrayList<>();
      for (String line : index.split("\\R")) {
        int comma = line.indexOf(", ");
        int dash = line.indexOf(" — ");
        if (comma > 0 && dash > comma) {
          families.add(line.substring(0, comma));
        }
      }
      return families;
    }
  }

  @Test
  void eachContributionCarriesItsOwnLanguage() throws Exception {
    Document document = ProgrammePdf.document(Fixtures.realistic(Language.RO), Language.EN);
    assertEquals("en", document.getDocumentElement().getAttribute("lang"));
    NodeList divs = document.getElementsByTagName("div");
    Set<String> languages = new java.util.TreeSet<>();
    int contributions = 0;
    for (int i = 0; i < divs.getLength(); i++) {
      Element div = (Element) divs.item(i);
      if (div.getAttribute("class").equals("contribution")) {
        contributions++;
        languages.add(div.getAttribute("lang"));
      }
    }
    assertEquals(Fixtures.realistic(Language.RO).contributions().size(), contributions);
    assertEquals(Set.of("en", "ro"), languages);
  }

  @Test
  void veraPdfFindsNoBrokenRuleOfPdfUaOrPdfA() throws Exception {
    assertEquals(Set.of(), PdfChecks.failedRules(romanian, PDFAFlavour.PDFUA_1));
    assertEquals(Set.of(), PdfChecks.failedRules(romanian, PDFAFlavour.PDFA_3_U));
  }

  @Test
  void veraPdfDoesFailAnUntaggedDocument() throws Exception {
    // Guards the two assertions above: the validator must be able to say no.
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        stream.showText("untagged");
        stream.endText();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      assertFalse(PdfChecks.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
    }
  }

  @Test
  void userTextIsNeverMarkup() throws Exception {
    byte[] pdf = ProgrammePdf.render(Fixtures.hostile(Language.EN), Language.EN);
    try (PDDocument document = PdfChecks.load(pdf)) {
      String text = PdfChecks.text(document).replaceAll("\\s+", " ");
      assertTrue(text.contains(Fixtures.HOSTILE_TITLE), text);
      assertTrue(text.contains(Fixtures.HOSTILE_CSS), "session title as text");
      assertTrue(text.contains("</h3><h1>Second</h1>"));
      assertTrue(text.contains("<style>* { color: red }</style>"));
      assertTrue(text.contains("Chairs: <script>chair()</script>"));
      assertTrue(text.contains("<img src=x> Inc."));
      assertTrue(text.contains("Event </title><script>x</script>"));
      // The subtitle tries to close the header's CSS string and shrink the page.
      assertTrue(text.contains("\"; } @page { margin: 0 } \""));
      assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()));
    }
    Document dom = ProgrammePdf.document(Fixtures.hostile(Language.EN), Language.EN);
    for (String element : List.of("script", "img", "iframe", "style", "b", "h1")) {
      int expected = element.equals("style") || element.equals("h1") ? 1 : 0;
      assertEquals(
          expected, dom.getElementsByTagName(element).getLength(), "<" + element + "> elements");
    }
  }
}
