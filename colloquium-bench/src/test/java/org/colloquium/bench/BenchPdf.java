package org.colloquium.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A paper of about 1 MB: text pages and one full-page figure of noise (which no compression
 * shrinks, so the size is what the network and the database really carry). Files are stored by
 * their SHA-256, so 200 identical uploads would be one row: every author gets their own copy, made
 * by overwriting a fixed-width marker in the first page's uncompressed text. The marker keeps its
 * length, so the cross-reference offsets stay right and the copy is as valid as the original.
 */
final class BenchPdf {

  private static final String MARKER_PREFIX = "RUSH-";
  private static final int MARKER_DIGITS = 6;
  private static final byte[] MARKER =
      (MARKER_PREFIX + "0".repeat(MARKER_DIGITS)).getBytes(StandardCharsets.US_ASCII);

  private final byte[] template;
  private final int markerAt;

  private BenchPdf(byte[] template) {
    this.template = template;
    this.markerAt = indexOf(template, MARKER);
    if (markerAt < 0
        || indexOf(Arrays.copyOfRange(template, markerAt + 1, template.length), MARKER) >= 0) {
      throw new IllegalStateException("the marker must occur exactly once in the template PDF");
    }
  }

  /** A template of about {@code targetBytes} bytes (within a few kilobytes). */
  static BenchPdf ofAbout(int targetBytes) {
    return new BenchPdf(build(targetBytes));
  }

  int size() {
    return template.length;
  }

  /** The copy of author {@code n}: same size, different bytes, different SHA-256. */
  byte[] forAuthor(int n) {
    byte[] copy = template.clone();
    byte[] digits =
        String.format("%0" + MARKER_DIGITS + "d", n).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(digits, 0, copy, markerAt + MARKER_PREFIX.length(), MARKER_DIGITS);
    return copy;
  }

  private static byte[] build(int targetBytes) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

      PDPage first = new PDPage(PDRectangle.A4);
      document.addPage(first);
      // Uncompressed, so that the marker is plain bytes in the file.
      try (PDPageContentStream text =
          new PDPageContentStream(
              document, first, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        text.beginText();
        text.setFont(bold, 16);
        text.newLineAtOffset(72, 770);
        text.showText("Energy security in Central and Eastern Europe after 2022");
        text.setFont(regular, 11);
        text.newLineAtOffset(0, -24);
        text.showText("Anonymous submission " + new String(MARKER, StandardCharsets.US_ASCII));
        writeParagraphs(text, 40);
        text.endText();
      }
      for (int p = 0; p < 7; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(regular, 11);
          text.newLineAtOffset(72, 770);
          writeParagraphs(text, 50);
          text.endText();
        }
      }
      // The figure takes what is left of the target size after the text pages (about 40 kB
      // uncompressed): RGB noise, three bytes a pixel.
      int textBytes = 40_000;
      int pixels = Math.max(1, (targetBytes - textBytes - 2_000) / 3);
      int width = 800;
      int height = Math.max(1, pixels / width);
      BufferedImage noise = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Random random = new Random(4);
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          noise.setRGB(x, y, random.nextInt(0x1000000));
        }
      }
      PDImageXObject figure = LosslessFactory.createFromImage(document, noise);
      PDPage figurePage = new PDPage(PDRectangle.A4);
      document.addPage(figurePage);
      try (PDPageContentStream content = new PDPageContentStream(document, figurePage)) {
        content.drawImage(figure, 72, 200, 451, 451f * height / width);
      }
      return bytesOf(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeParagraphs(PDPageContentStream text, int lines) throws IOException {
    String[] sentences = {
      "Since February 2022 the region has rebuilt its gas supply around terminals and interconnectors.",
      "Storage obligations, joint purchasing and demand reduction changed what security of supply means.",
      "This paper compares the measures taken in six states and asks which of them will last.",
      "We use public data on flows, prices and storage levels from 2021 to 2025 and interviews.",
    };
    for (int i = 0; i < lines; i++) {
      text.newLineAtOffset(0, -14);
      text.showText(sentences[i % sentences.length]);
    }
  }

  private static byte[] bytesOf(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // No object streams: the first page's content stays a plain, uncompressed stream.
    document.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
