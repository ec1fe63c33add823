package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * PDFs made on the spot for the submission tests (plain, naming an author, with JavaScript), and
 * the checks the programme's PDFs pass wherever they are downloaded.
 */
public final class TestPdfs {

  private TestPdfs() {}

  /** One page with this text; {@code author} (may be null) in the document information. */
  public static byte[] onePage(String text, String author, boolean javaScript) {
    return onePage(
        text,
        document -> {
          if (author != null) {
            document.getDocumentInformation().setAuthor(author);
          }
          if (javaScript) {
            document
                .getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hello');"));
          }
        });
  }

  /** One page with this text, changed by {@code change} before it is saved. */
  public static byte[] onePage(String text, Consumer<PDDocument> change) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      change.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A tagged PDF with every font embedded, in which each of {@code wanted} is found in the text.
   *
   * @return its number of pages
   */
  public static int assertReadable(byte[] bytes, String... wanted) {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertTrue(document.getNumberOfPages() > 0);
      assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "tagged");
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          var font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      for (String part : wanted) {
        assertTrue(
            text.contains(part), part + " in " + text.substring(0, Math.min(2000, text.length())));
      }
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
