package org.colloquium.programme.domain.pdf;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.w3c.dom.Document;

/** openhtmltopdf set up once for every document of this package. */
final class PdfEngine {

  /** The family every CSS rule that prints text names (see {@link #CSS_BASE}). */
  static final String FONT = "DejaVu Sans";

  /**
   * The conformance asked for besides PDF/UA-1: PDF/A-3u is the newest level openhtmltopdf writes,
   * and it allows the transparent PNGs partners upload (PDF/A-1 forbids transparency).
   */
  static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_U;

  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
  private static final byte[] OBLIQUE = font("DejaVuSans-Oblique.ttf");
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
  static final String CSS_BASE =
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
  static String pageCss(String footerContent) {
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

  static byte[] render(Document document) {
    return render(document, true);
  }

  /**
   * @param compressed false for a part that PDFBox loads again to merge: PDFBox 3 parses a whole
   *     object stream for each object it dereferences from it, so cloning a part saved with object
   *     streams (its default) takes minutes where a plain one takes a second
   */
  static byte[] render(Document document, boolean compressed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
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
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      renderer
          .getPdfDocument()
          .save(
              out,
              compressed
                  ? CompressParameters.DEFAULT_COMPRESSION
                  : CompressParameters.NO_COMPRESSION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code text} as a CSS string literal: every character but letters and digits escaped. */
  static String cssString(String text) {
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

  static InputStream regularFont() {
    return stream(REGULAR);
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
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
