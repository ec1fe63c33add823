package org.colloquium.kernel.files.domain;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Puts a limit on what PDFBox unpacks while an upload is checked.
 *
 * <p>PDFBox 3.0 unpacks every compressed stream it reads (cross-reference and object streams while
 * opening the file, page contents and fonts while extracting text) whole into memory, and has no
 * setting that limits how much: {@code MemoryUsageSetting} only covers streams it writes. A 250 KB
 * stream may unpack to 250 MB. Every stream PDFBox unpacks goes through the filters of its {@code
 * FilterFactory}, so each of them is wrapped once here: on a thread that runs a check ({@link
 * InspectionBudget#current()}), what a filter writes is counted against that check's budget, and
 * the filter stops when the budget runs out. Everywhere else (no budget on the thread) the filters
 * work as before.
 *
 * <p>The factory keeps its filters in a private map, reached by reflection: a PDFBox upgrade that
 * changes it makes {@link #bounded()} false, the server logs it at start, and {@code
 * PdfBoxDecodingTest} fails the build.
 */
final class PdfBoxDecoding {

  private static final Logger LOG = Logger.getLogger(PdfBoxDecoding.class.getName());

  private static final boolean BOUNDED = install();

  private PdfBoxDecoding() {}

  /** Whether PDFBox's filters count what they unpack; false only if PDFBox changed inside. */
  static boolean bounded() {
    return BOUNDED;
  }

  private static boolean install() {
    try {
      Field field = FilterFactory.class.getDeclaredField("filters");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
      // One wrapper per filter, so that a name and its abbreviation (/FlateDecode, /Fl) still give
      // the same object: PDFBox drops a filter listed twice by identity.
      Map<Filter, Filter> wrappers = new IdentityHashMap<>();
      for (Map.Entry<COSName, Filter> entry : filters.entrySet()) {
        Filter filter = entry.getValue();
        if (!(filter instanceof Counted)) {
          entry.setValue(wrappers.computeIfAbsent(filter, Counted::new));
        }
      }
      return !filters.isEmpty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Cannot limit what PDFBox unpacks while checking uploads (has PDFBox changed?):"
              + " a compressed PDF may take the whole heap",
          e);
      return false;
    }
  }

  /** A PDFBox filter whose output is counted against the budget of the check on this thread. */
  private static final class Counted extends Filter {
    private final Filter filter;

    Counted(Filter filter) {
      this.filter = filter;
    }

    @Override
    public DecodeResult decode(
        InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
        throws IOException {
      return filter.decode(encoded, counted(decoded), parameters, index);
    }

    @Override
    public DecodeResult decode(
        InputStream encoded,
        OutputStream decoded,
        COSDictionary parameters,
        int index,
        DecodeOptions options)
        throws IOException {
      return filter.decode(encoded, counted(decoded), parameters, index, options);
    }

    @Override
    protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters)
        throws IOException {
      filter.encode(input, encoded, parameters, 0);
    }

    private static OutputStream counted(OutputStream decoded) {
      return InspectionBudget.current()
          .<OutputStream>map(budget -> new CountingStream(decoded, budget))
          .orElse(decoded);
    }
  }

  private static final class CountingStream extends FilterOutputStream {
    private final InspectionBudget budget;

    CountingStream(OutputStream out, InspectionBudget budget) {
      super(out);
      this.budget = budget;
    }

    @Override
    public void write(int b) throws IOException {
      budget.unpacked(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      budget.unpacked(len);
      out.write(b, off, len);
    }
  }
}
