package org.colloquium.kernel.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests read out of a PDF with PDFBox and veraPDF. */
public final class PdfChecks {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  public static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules veraPDF finds broken, as "clause-test" (e.g. "7.1-3"), for {@code flavour}. */
  public static Set<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      Set<String> failed = new TreeSet<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(
              assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber());
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant without a failed assertion");
      }
      return failed;
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate", e);
    }
  }

  /**
   * The text in reading order on the page: openhtmltopdf writes bold runs and floats after the rest
   * of their line, so content-stream order would put "important" after its sentence.
   */
  public static String text(PDDocument document) {
    try {
      return stripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of page {@code number} (1-based). */
  public static String pageText(PDDocument document, int number) {
    try {
      PDFTextStripper stripper = stripper();
      stripper.setStartPage(number);
      stripper.setEndPage(number);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFTextStripper stripper() {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper;
  }

  /** Fonts of every page that are not embedded (should be none). */
  public static List<String> fontsNotEmbedded(PDDocument document) {
    List<String> missing = new ArrayList<>();
    try {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (!font.isEmbedded()) {
            missing.add(font.getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return missing;
  }

  /** Structure elements of the whole tree by type ("H1", "Figure"...), with their alt text. */
  public static List<PDStructureElement> structureElements(PDDocument document) {
    List<PDStructureElement> found = new ArrayList<>();
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      for (Object kid : root.getKids()) {
        walk(kid, found);
      }
    }
    return found;
  }

  private static void walk(Object node, List<PDStructureElement> found) {
    if (node instanceof PDStructureElement element) {
      found.add(element);
      for (Object kid : element.getKids()) {
        walk(kid, found);
      }
    }
  }

  /** Top-level outline titles only. */
  public static List<String> outlineTop(PDDocument document) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
      titles.add(item.getTitle());
    }
    return titles;
  }

  /** The outline's titles, children indented by two spaces per level. */
  public static List<String> outline(PDDocument document) {
    List<String> titles = new ArrayList<>();
    if (document.getDocumentCatalog().getDocumentOutline() != null) {
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        collect(item, "", titles);
      }
    }
    return titles;
  }

  private static void collect(PDOutlineItem item, String indent, List<String> titles) {
    titles.add(indent + item.getTitle());
    for (PDOutlineItem child : item.children()) {
      collect(child, indent + "  ", titles);
    }
  }
}
