package org.colloquium.kernel.files.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs, made with PDFBox for each test, so every case is a file a reader would open. */
public final class TestPdfs {

  /** A font with Romanian and Cyrillic glyphs, where the machine has one. */
  public static final Optional<Path> UNICODE_FONT =
      List.of(
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
          .stream()
          .map(Path::of)
          .filter(Files::isRegularFile)
          .findFirst();

  private TestPdfs() {}

  /** One page per text, in Helvetica (Latin-1 only). */
  public static byte[] withPages(String... pageTexts) {
    return build(document -> addPages(document, helvetica(), pageTexts));
  }

  public static byte[] withPagesInUnicodeFont(String... pageTexts) {
    return build(
        document -> {
          try {
            addPages(
                document,
                PDType0Font.load(document, UNICODE_FONT.orElseThrow().toFile()),
                pageTexts);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A one-page document that {@code change} then modifies before it is saved. */
  public static byte[] onePage(String text, Consumer<PDDocument> change) {
    return build(
        document -> {
          addPages(document, helvetica(), text);
          change.accept(document);
        });
  }

  static byte[] encrypted(String userPassword) {
    return onePage(
        "Secret",
        document -> {
          StandardProtectionPolicy policy =
              new StandardProtectionPolicy("owner-password", userPassword, new AccessPermission());
          policy.setEncryptionKeyLength(256);
          try {
            document.protect(policy);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static void javaScriptNameTree(
      PDDocument document, org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript script) {
    PDJavascriptNameTreeNode tree = new PDJavascriptNameTreeNode();
    tree.setNames(Map.of("greeting", script));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setJavascript(tree);
    document.getDocumentCatalog().setNames(names);
  }

  static PDComplexFileSpecification attachment(PDDocument document) {
    try {
      PDEmbeddedFile file =
          new PDEmbeddedFile(
              document, new ByteArrayInputStream("notes".getBytes(StandardCharsets.US_ASCII)));
      file.setSubtype("text/plain");
      file.setSize(5);
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("notes.txt");
      spec.setEmbeddedFile(file);
      return spec;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void embeddedFilesNameTree(PDDocument document) {
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of("notes.txt", attachment(document)));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(tree);
    document.getDocumentCatalog().setNames(names);
  }

  static PDMetadata xmp(PDDocument document, String creator) {
    String xml =
        """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
            .formatted(creator);
    try {
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xml.getBytes(StandardCharsets.UTF_8));
      return metadata;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** Adds one page per text, in Helvetica. */
  public static void addPages(PDDocument document, String... pageTexts) {
    addPages(document, helvetica(), pageTexts);
  }

  private static void addPages(PDDocument document, PDFont font, String... pageTexts) {
    try {
      for (String text : pageTexts) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 700);
          for (String line : text.split("\n")) {
            content.showText(line);
            content.newLineAtOffset(0, -16);
          }
          content.endText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new document, made by {@code content}, saved. */
  public static byte[] build(Consumer<PDDocument> content) {
    try (PDDocument document = new PDDocument()) {
      content.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
