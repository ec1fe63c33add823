package org.colloquium.kernel.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.w3c.dom.Document;

/** openhtmltopdf set up once for every printed document: fonts, PDF/UA tags and PDF/A-3u. */
public final class PdfEngine {

  /** The family every CSS rule that prints text names (see {@link #CSS_BASE}). */
  public static final String FONT = "DejaVu Sans";

  /**
   * The conformance asked for besides PDF/UA-1: PDF/A-3u is the newest level openhtmltopdf writes,
   * and it allows the transparent PNGs partners upload (PDF/A-1 forbids transparency).
   */
  public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_U;

  /**
   * The fonts without their GSUB table. PDFBox 3 runs every text run of a font that has one through
   * its glyph substitution engine, which took half the time of laying out a book; Latin and
   * Cyrillic text needs no substitution (nothing here is Arabic or Indic script), so the table is
   * left out of the font's directory at load (the files in the repository stay as shipped).
   */
  private static final byte[] REGULAR = withoutTable(font("DejaVuSans.ttf"), "GSUB");

  private static final byte[] BOLD = withoutTable(font("DejaVuSans-Bold.ttf"), "GSUB");
  private static final byte[] OBLIQUE = withoutTable(font("DejaVuSans-Oblique.ttf"), "GSUB");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // openhtmltopdf prints to stderr by default, which a server's log would not collect.
    XRLog.setLoggerImpl(new JulLogger());
  }

  /**
   * The fonts on every rule that prints, margin boxes included: a margin box does not inherit from
   * the body, and without an embedded font openhtmltopdf falls back to a base-14 font that turns ș,
   * ț and Cyrillic into '#'.
   */
  public static final String CSS_BASE =
      "* { font-family: '"
          + FONT
          + "'; }\n"
          + "html { font-family: '"
          + FONT
          + "'; font-size: 10pt; line-height: 1.3; }\n"
          + "body { margin: 0; }\n"
          + "em, i, .italic { font-style: italic; }\n"
          + "strong, b, .bold { font-weight: bold; }\n"
          + "sup { vertical-align: super; font-size: 70%; line-height: 0; }\n"
          + "pre, code { font-family: '"
          + FONT
          + "'; white-space: pre-wrap; }\n"
          + ".running-header { position: running(header); font-family: '"
          + FONT
          + "'; font-size: 8pt; color: #555555; }\n";

  /** The @page rule: A4, a running header and the page footer from {@code footerContent}. */
  public static String pageCss(String footerContent) {
    String margin = "font-family: '" + FONT + "'; font-size: 8pt; color: #555555;";
    return "@page { size: A4; margin: 20mm 18mm 20mm 18mm;\n"
        + "  @top-center { content: element(header); "
        + margin
        + " }\n"
        + (footerContent == null
            ? ""
            : "  @bottom-center { content: " + footerContent + "; " + margin + " }\n")
        + "}\n";
  }

  private PdfEngine() {}

  /** The document as PDF bytes, written with object streams (the smaller file). */
  public static byte[] render(Document document) {
    try (PDDocument pdf = renderOpen(document)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document laid out into an open PDFBox document, its fonts already cut to the glyphs used,
   * for the book to merge without writing and parsing each part: PDFBox 3.0.8 writes a document
   * without object streams in time quadratic in its objects (a queue searched for every object),
   * and parses a document with them one whole object stream per object the merge reads, so the
   * round trip cost more than laying the part out.
   */
  public static PDDocument renderOpen(Document document) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(CONFORMANCE);
    builder.useColorProfile(SRGB);
    builder.useFont(() -> stream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> stream(BOLD), FONT, 700, FontStyle.NORMAL, true);
    builder.useFont(() -> stream(OBLIQUE), FONT, 400, FontStyle.ITALIC, true);
    builder.withProducer("Colloquium");
    builder.withW3cDocument(document, "about:blank");
    // The renderer is not closed: closing it closes the document handed to the caller.
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    // Before the layout, which createPDF starts: the renderer sets up whichever it is given.
    renderer.getSharedContext().setTextRenderer(new RememberedWidths());
    try {
      renderer.createPDFWithoutClosing();
      PDDocument pdf = renderer.getPdfDocument();
      subsetFonts(pdf);
      return pdf;
    } catch (IOException e) {
      renderer.close();
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What PDDocument.save does first: the fonts loaded for subsetting get their subset now, so that
   * a merge copies the subset and not a font program that is never cut. The set is not public in
   * PDFBox 3.0.8, hence reflection; saving the document stays correct either way because a font is
   * subset once and removed from the set.
   */
  @SuppressWarnings("unchecked")
  private static void subsetFonts(PDDocument pdf) throws IOException {
    Set<PDFont> fonts;
    try {
      Method method = PDDocument.class.getDeclaredMethod("getFontsToSubset");
      method.setAccessible(true);
      fonts = (Set<PDFont>) method.invoke(pdf);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("PDFBox no longer lists the fonts to subset", e);
    }
    for (PDFont font : fonts) {
      font.subset();
    }
    fonts.clear();
  }

  /** {@code text} as a CSS string literal: every character but letters and digits escaped. */
  public static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.appendCodePoint(c);
              } else {
                out.append(String.format("\\%06x", c));
              }
            });
    return out.append('"').toString();
  }

  public static InputStream regularFont() {
    return stream(REGULAR);
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /**
   * A TrueType file whose table directory no longer lists {@code tag}. The table's bytes stay where
   * they are (the other tables' offsets are absolute), unreferenced; a subset leaves them out.
   */
  public static byte[] withoutTable(byte[] ttf, String tag) {
    ByteBuffer in = ByteBuffer.wrap(ttf);
    int tables = in.getShort(4) & 0xffff;
    byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
    int found = -1;
    for (int i = 0; i < tables && found < 0; i++) {
      if (Arrays.equals(ttf, 12 + 16 * i, 16 + 16 * i, wanted, 0, 4)) {
        found = i;
      }
    }
    if (found < 0) {
      return ttf;
    }
    byte[] out = ttf.clone();
    System.arraycopy(ttf, 12 + 16 * (found + 1), out, 12 + 16 * found, 16 * (tables - found - 1));
    Arrays.fill(out, 12 + 16 * (tables - 1), 12 + 16 * tables, (byte) 0);
    int left = tables - 1;
    int selector = 31 - Integer.numberOfLeadingZeros(left);
    int searchRange = (1 << selector) * 16;
    ByteBuffer header = ByteBuffer.wrap(out);
    header.putShort(4, (short) left);
    header.putShort(6, (short) searchRange);
    header.putShort(8, (short) selector);
    header.putShort(10, (short) (left * 16 - searchRange));
    return out;
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfEngine.class.getResourceAsStream("/colloquium/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * openhtmltopdf's messages into java.util.logging, under its own logger names. Its INFO is a
   * trace of every render (timings, fonts loaded), so it goes down to FINE where a server's log
   * does not print it by default; warnings and errors keep their level.
   */
  private static final class JulLogger implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {
      Logger.getLogger(where).log(lower(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      Logger.getLogger(where).log(lower(level), msg, th);
    }

    private static Level lower(Level level) {
      return level.intValue() <= Level.INFO.intValue() ? Level.FINE : level;
    }

    @Override
    public void setLevel(String logger, Level level) {
      Logger.getLogger(logger).setLevel(level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return Logger.getLogger(diagnostic.getLogMessageId().getWhere())
          .isLoggable(lower(diagnostic.getLevel()));
    }
  }
}
