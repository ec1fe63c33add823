package org.colloquium.kernel.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * openhtmltopdf's text renderer, remembering the width of every string it has measured in a font.
 *
 * <p>Its line breaker measures the same words again and again, and each measurement goes through
 * PDFBox's {@code PDFont.getStringWidth}, which encodes the string and reads the codes back one by
 * one through fontbox's {@code CMap.readCode} — a sixth of the book of abstracts' CPU time in a
 * profile (docs/performance.md). A width depends only on the font and the string, so a remembered
 * one is the same width: the layout does not change. One instance per document, used by the one
 * thread laying it out (openhtmltopdf sets it up for each layout of its document).
 */
public final class RememberedWidths extends PdfBoxTextRenderer {

  /** Per font object (openhtmltopdf keeps one per face and size), per string. */
  private final Map<FSFont, Map<String, Integer>> widths = new IdentityHashMap<>();

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    Map<String, Integer> ofFont = widths.computeIfAbsent(font, f -> new HashMap<>());
    Integer width = ofFont.get(string);
    if (width == null) {
      width = super.getWidth(context, font, string);
      ofFont.put(string, width);
    }
    return width;
  }
}
