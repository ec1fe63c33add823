package org.colloquium.programme.domain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfChecks;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.PublicationView;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.ReleaseEdits;
import org.colloquium.programme.domain.timetable.Publication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BookOfAbstractsTest {

  private static final PublishedProgramme PROGRAMME = Fixtures.realistic(Language.RO);
  private static byte[] byTrack;

  /**
   * Parts of at most 4 abstracts: every track is split over several parts and small sections share
   * one, so the merge, the page offsets and the structure trees are all exercised.
   */
  @BeforeAll
  static void render() throws Exception {
    byTrack =
        new BookOfAbstracts(Fixtures.logos(), null, 4)
            .render(PROGRAMME, Language.RO, BookOfAbstracts.Grouping.TRACKS);
  }

  @Test
  void mergedBookStaysTaggedWithEmbeddedFontsTitleAndLanguage() throws Exception {
    try (PDDocument book = PdfChecks.load(byTrack)) {
      assertTrue(book.getNumberOfPages() > 10, "pages: " + book.getNumberOfPages());
      assertEquals(List.of(), PdfChecks.fontsNotEmbedded(book));
      assertNotNull(book.getDocumentCatalog().getStructureTreeRoot());
      assertEquals("ro", book.getDocumentCatalog().getLanguage());
      assertEquals(
          "Conferința Națională de Fizică 2026 — Volumul de rezumate",
          book.getDocumentInformation().getTitle());
      // Every part's structure tree came through the merge: one H2 per abstract.
      long headings =
          PdfChecks.structureElements(book).stream()
              .filter(e -> "H2".equals(e.getStructureType()))
              .count();
      assertEquals(PROGRAMME.contributions().size(), headings);
      // Each abstract's language reaches its structure element (openhtmltopdf maps lang to /Lang).
      Set<String> languages = new java.util.TreeSet<>();
      for (PDStructureElement element : PdfChecks.structureElements(book)) {
        if ("Div".equals(element.getStructureType()) && element.getLanguage() != null) {
          languages.add(element.getLanguage());
        }
      }
      assertEquals(Set.of("en", "ro"), languages);
    }
  }

  @Test
  void veraPdfFindsNoBrokenRuleOfPdfUaOrPdfAInTheMergedBook() throws Exception {
    assertEquals(Set.of(), PdfChecks.failedRules(byTrack, PDFAFlavour.PDFUA_1));
    assertEquals(Set.of(), PdfChecks.failedRules(byTrack, PDFAFlavour.PDFA_3_U));
  }

  @Test
  void coverHasTheEventAndPartnersWithTheirLogoAndAltText() throws Exception {
    try (PDDocument book = PdfChecks.load(byTrack)) {
      String cover = PdfChecks.pageText(book, 1);
      for (String expected :
          List.of(
              "Conferința Națională de Fizică 2026",
              "Ediția a XII-a — fizică și societate",
              "Volumul de rezumate",
              "12 mai 2026 – 14 mai 2026",
              "Universitatea „Alexandru Ioan Cuza” din Iași",
              "Organizator: Societatea Română de Fizică",
              "Institutul de Fizică Atomică",
              "Київський університет")) {
        assertTrue(cover.contains(expected), expected + " in " + cover);
      }
      assertFalse(cover.contains("Pagina"), "no page number on the cover");
      int images = 0;
      for (var name : book.getPage(0).getResources().getXObjectNames()) {
        if (book.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
          images++;
        }
      }
      assertEquals(1, images, "one partner has a logo");
      List<String> alts =
          PdfChecks.structureElements(book).stream()
              .filter(e -> "Figure".equals(e.getStructureType()))
              .map(PDStructureElement::getAlternateDescription)
              .toList();
      assertEquals(List.of("Institutul de Fizică Atomică"), alts);
    }
  }

  @Test
  void outlineHasTheContentsEachTrackInEventOrderThenTheIndex() throws Exception {
    try (PDDocument book = PdfChecks.load(byTrack)) {
      assertEquals(
          List.of(
              "Cuprins",
              "Fizică nucleară",
              "Condensed matter",
              "Astrophysics",
              "Alte contribuții",
              "Indexul autorilor"),
          PdfChecks.outlineTop(book));
      List<String> all = PdfChecks.outline(book);
      assertEquals(6 + PROGRAMME.contributions().size(), all.size(), "an entry per abstract");
    }
  }

  @Test
  void tableOfContentsPointsAtThePageWhereEachSectionAndAbstractStarts() throws Exception {
    try (PDDocument book = PdfChecks.load(byTrack)) {
      String toc = PdfChecks.pageText(book, 2) + PdfChecks.pageText(book, 3);
      List<String> checked = new ArrayList<>();
      for (String title :
          List.of(
              "Fizică nucleară",
              "Condensed matter",
              "Astrophysics",
              "Alte contribuții",
              "Poster on detector calibration 4",
              "Teaching quantum mechanics to teenagers")) {
        Matcher line = Pattern.compile(Pattern.quote(title) + " (\\d+)").matcher(toc);
        assertTrue(line.find(), title + " in the table of contents:\n" + toc);
        int page = Integer.parseInt(line.group(1));
        String text = PdfChecks.pageText(book, page);
        assertTrue(text.contains(title), title + " on page " + page + ":\n" + text);
        assertTrue(text.contains("Pagina " + page), "stamped number on page " + page);
        // The page before holds neither the section's heading nor the abstract.
        assertFalse(
            PdfChecks.pageText(book, page - 1).lines().anyMatch(l -> l.equals(title)),
            title + " already on page " + (page - 1));
        checked.add(title);
      }
      Matcher index = Pattern.compile("Indexul autorilor (\\d+)").matcher(toc);
      assertTrue(index.find());
      assertTrue(
          PdfChecks.pageText(book, Integer.parseInt(index.group(1))).contains("Indexul autorilor"));
      assertEquals(6, checked.size());
    }
  }

  @Test
  void abstractsHaveNumberedAffiliationsKeywordsAndRenderedMarkdown() throws Exception {
    try (PDDocument book = PdfChecks.load(byTrack)) {
      String text = PdfChecks.text(book);
      assertTrue(text.contains("1 Universitatea din București, România"), "affiliation 1");
      assertTrue(text.contains("Cuvinte cheie: keyword 2, cuvânt-cheie"), "keywords");
      assertTrue(text.contains("Rezumat important: ș ț ă â î."), "Markdown without its marks");
      assertFalse(text.contains("**important**"));
      assertTrue(text.contains("Олена Коваленко"));
    }
  }

  @Test
  void authorIndexIsInRomanianFamilyNameOrderWithPages() throws Exception {
    try (PDDocument book = PdfChecks.load(byTrack)) {
      String text = PdfChecks.text(book);
      String index = text.substring(text.lastIndexOf("Indexul autorilor"));
      List<String> families = new ArrayList<>();
      Pattern entry = Pattern.compile("^(\\S+), \\S.*? (\\d+)(, \\d+)*$");
      for (String line : index.split("\\R")) {
        Matcher m = entry.matcher(line.trim());
        if (m.matches()) {
          families.add(m.group(1));
        }
      }
      assertEquals(
          List.of(
              "Anghel", "Aron", "Ionescu", "Smith", "Suciu", "Szabó", "Șova", "Țîrcă", "Коваленко"),
          families,
          index);
    }
  }

  @Test
  void sessionsCanBeTheSectionsInProgrammeOrderOnTheCallersExecutor() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      byte[] pdf =
          new BookOfAbstracts(
                  Fixtures.logos(),
                  task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                  })
              .render(PROGRAMME, Language.EN, BookOfAbstracts.Grouping.SESSIONS);
      assertTrue(tasks.get() >= 4, "parts, cover, contents and index ran on the executor");
      try (PDDocument book = PdfChecks.load(pdf)) {
        List<String> expected = new ArrayList<>();
        expected.add("Table of contents");
        PROGRAMME.sessions().stream()
            .filter(s -> !s.contributions().isEmpty())
            .forEach(s -> expected.add(s.title()));
        expected.add("Index of authors");
        assertEquals(expected, PdfChecks.outlineTop(book));
        assertEquals("en", book.getDocumentCatalog().getLanguage());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void partsSplitLargeSectionsAndJoinSmallOnes() throws Exception {
    List<ProgrammeContribution> c = PROGRAMME.contributions();
    List<BookOfAbstracts.Section> sections =
        List.of(
            new BookOfAbstracts.Section("big", null, c.subList(0, 9)),
            new BookOfAbstracts.Section("small", null, c.subList(9, 11)),
            new BookOfAbstracts.Section("smaller", null, c.subList(11, 12)));
    List<List<BookOfAbstracts.Slice>> parts = BookOfAbstracts.parts(sections, 4);
    List<String> shape = new ArrayList<>();
    for (List<BookOfAbstracts.Slice> part : parts) {
      shape.add(
          part.stream()
              .map(s -> s.section() + (s.opens() ? "+" : "") + ":" + s.contributions().size())
              .toList()
              .toString());
    }
    assertEquals(List.of("[0+:3]", "[0:3]", "[0:3]", "[1+:2, 2+:1]"), shape);
  }

  @Test
  void userTextIsNeverMarkup() throws Exception {
    byte[] pdf =
        new BookOfAbstracts(Fixtures.logos())
            .render(Fixtures.hostile(Language.EN), Language.EN, BookOfAbstracts.Grouping.TRACKS);
    try (PDDocument book = PdfChecks.load(pdf)) {
      String text = PdfChecks.text(book).replaceAll("\\s+", " ");
      assertTrue(text.contains(Fixtures.HOSTILE_TITLE), text);
      assertTrue(text.contains("Text <script>alert(1)</script> inline."), "inline HTML as text");
      assertTrue(text.contains("<div style=\"color:red\">block " + Fixtures.HOSTILE_CSS));
      assertTrue(text.contains("Keywords: </p><p>, " + Fixtures.HOSTILE_CSS));
      assertTrue(text.contains("link (javascript:alert(1))"), "a link is its text, not a link");
      assertTrue(text.contains("<b>Eve</b> </div>"));
      assertTrue(text.contains("<img src=x onerror=alert"), "partner name as text: " + text);
      assertEquals(0, book.getPage(1).getAnnotations().size(), "no link annotations");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anAbstractItsAuthorsKeptBackIsSaidToBeSoAndTheirAffiliationsAreLeftOut() throws Exception {
    PublishedProgramme withheld =
        ReleaseEdits.withContributions(
            Fixtures.hostile(Language.EN),
            cs ->
                cs.stream()
                    .map(c -> Publication.shown(c, new PublicationView.Choice(false, false)))
                    .toList());
    try (PDDocument book =
        PdfChecks.load(
            new BookOfAbstracts(LogoSource.NONE)
                .render(withheld, Language.EN, BookOfAbstracts.Grouping.TRACKS))) {
      String text = PdfChecks.text(book).replaceAll("\\s+", " ");
      assertTrue(text.contains("The authors chose not to publish the abstract."), text);
      assertFalse(text.contains("inline."), "no abstract text: " + text);
      assertFalse(text.contains("<img src=x> Inc."), "no affiliation: " + text);
      assertTrue(text.contains("<b>Eve</b>"), "the author stays: " + text);
    }
  }

  @Test
  void aProgrammeWithoutContributionsStillGivesBothDocuments() throws Exception {
    PublishedProgramme empty =
        new PublishedProgramme(
            PROGRAMME.event(),
            1,
            PROGRAMME.publishedAt(),
            "",
            PROGRAMME.rooms(),
            PROGRAMME.tracks(),
            List.of());
    try (PDDocument book =
        PdfChecks.load(
            new BookOfAbstracts(LogoSource.NONE)
                .render(empty, Language.EN, BookOfAbstracts.Grouping.TRACKS))) {
      assertEquals(List.of("Table of contents", "Index of authors"), PdfChecks.outlineTop(book));
    }
    try (PDDocument programme = PdfChecks.load(ProgrammePdf.render(empty, Language.EN))) {
      assertEquals(List.of("Index of speakers"), PdfChecks.outline(programme));
    }
  }
}
