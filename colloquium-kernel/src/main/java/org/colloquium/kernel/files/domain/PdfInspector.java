package org.colloquium.kernel.files.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.files.api.PdfSummary;

/**
 * Decides whether uploaded bytes may be stored as a submission's PDF (or an event's attachment),
 * and strips what a PDF says about who wrote it. Reviewers and visitors open these files on their
 * own machines, so anything that acts there (scripts, programs started, forms sent, other documents
 * or web addresses opened by themselves, XFA forms) or smuggles in other files (attachments, an
 * archive behind the PDF) is refused rather than cleaned: a cleaned file might no longer be what
 * the author meant to send. The check itself is bounded ({@link InspectionLimits}): a file made to
 * exhaust the server's memory or time is refused, not followed.
 */
public final class PdfInspector {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** Readers accept the end-of-file marker anywhere in the last kilobyte; so do we. */
  private static final int END_OF_FILE_WINDOW = 1024;

  private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
  private static final COSName JS = COSName.getPDFName("JS");
  private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
  private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
  private static final COSName EF = COSName.getPDFName("EF");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
  private static final COSName XFA = COSName.getPDFName("XFA");
  private static final COSName NEEDS_RENDERING = COSName.getPDFName("NeedsRendering");
  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
  private static final COSName K = COSName.getPDFName("K");
  private static final COSName URI = COSName.getPDFName("URI");

  /** Actions (by their /S) that are refused wherever they occur, links included. */
  private static final Map<COSName, PdfRefusal> ACTIONS =
      Map.of(
          JAVA_SCRIPT,
          PdfRefusal.CONTAINS_JAVASCRIPT,
          COSName.getPDFName("Launch"),
          PdfRefusal.LAUNCHES_APPLICATIONS,
          COSName.getPDFName("SubmitForm"),
          PdfRefusal.SUBMITS_FORMS,
          COSName.getPDFName("ImportData"),
          PdfRefusal.IMPORTS_DATA,
          COSName.getPDFName("GoToR"),
          PdfRefusal.OPENS_OTHER_DOCUMENTS,
          COSName.getPDFName("GoToE"),
          PdfRefusal.OPENS_OTHER_DOCUMENTS);

  static {
    // Wraps PDFBox's filters before the first PDF is opened (a failure is logged there).
    PdfBoxDecoding.bounded();
  }

  private PdfInspector() {}

  /** {@link #inspect(byte[], PdfLimits, Duration)} with the default time limit. */
  public static PdfInspection inspect(byte[] bytes, PdfLimits limits) {
    return inspect(bytes, limits, InspectionLimits.CHECK_TIME);
  }

  /**
   * Decides whether {@code bytes} may be stored. Whatever the bytes, this takes bounded memory
   * ({@link InspectionLimits}) and about {@code time} at most: a file that needs more is refused as
   * {@link PdfRefusal#TOO_COMPLEX} or {@link PdfRefusal#TOO_SLOW}.
   */
  public static PdfInspection inspect(byte[] bytes, PdfLimits limits, Duration time) {
    Objects.requireNonNull(limits, "limits");
    if (bytes == null || bytes.length == 0) {
      return refused(PdfRefusal.EMPTY);
    }
    if (bytes.length > limits.maxBytes()) {
      return refused(PdfRefusal.TOO_LARGE);
    }
    if (!startsWith(bytes, MAGIC)) {
      return refused(PdfRefusal.NOT_A_PDF);
    }
    // PDFBox repairs what it can, so an upload cut short would often load with pages missing;
    // the missing end-of-file marker is the reliable sign of a truncated transfer.
    if (!endsWithEndOfFileMarker(bytes)) {
      return refused(PdfRefusal.UNREADABLE);
    }
    // Readers ignore what follows the PDF; archive programs read a ZIP from the end of the file.
    if (ZipTail.present(bytes)) {
      return refused(PdfRefusal.ALSO_AN_ARCHIVE);
    }
    InspectionBudget budget = new InspectionBudget(InspectionLimits.PDF_UNPACKED_BYTES, time);
    PdfInspection outcome;
    try {
      outcome = budget.during(() -> inspectWithin(bytes, limits, budget));
    } catch (InspectionBudget.LimitReached e) {
      outcome = null;
    } catch (StackOverflowError e) {
      // Objects nested hundreds of thousands deep: no reader should have to open that.
      outcome = refused(PdfRefusal.UNREADABLE);
    }
    // PDFBox swallows some failures (a font that cannot be read is replaced, for one), so the
    // budget, not the outcome, says whether a limit was reached.
    Optional<InspectionBudget.Exhausted> exhausted = budget.exhausted();
    if (exhausted.isPresent()) {
      return refused(
          exhausted.get() == InspectionBudget.Exhausted.TIME
              ? PdfRefusal.TOO_SLOW
              : PdfRefusal.TOO_COMPLEX);
    }
    return Objects.requireNonNull(outcome, "a limit was reached but none is exhausted");
  }

  private static PdfInspection inspectWithin(
      byte[] bytes, PdfLimits limits, InspectionBudget budget) {
    try (PDDocument document = load(bytes)) {
      if (document.isEncrypted()) {
        return refused(PdfRefusal.ENCRYPTED);
      }
      Set<PdfRefusal> active = activeContent(document, budget);
      if (!active.isEmpty()) {
        return refused(active.iterator().next());
      }
      OptionalInt counted = countPages(document, budget);
      if (counted.isEmpty() || counted.getAsInt() == 0) {
        return refused(PdfRefusal.UNREADABLE);
      }
      int pages = counted.getAsInt();
      if (limits.maxPages().isPresent() && pages > limits.maxPages().getAsInt()) {
        return refused(PdfRefusal.TOO_MANY_PAGES);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      String text = firstPageText(document, budget);
      return new PdfInspection.Accepted(
          new PdfSummary(
              pages,
              info.getAuthor(),
              info.getCreator(),
              info.getProducer(),
              info.getTitle(),
              text));
    } catch (InvalidPasswordException e) {
      return refused(PdfRefusal.ENCRYPTED);
    } catch (InspectionBudget.LimitReached e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A malformed file makes PDFBox fail in many ways, unchecked ones included; all of them
      // mean the same to the author: the file cannot be read.
      return refused(PdfRefusal.UNREADABLE);
    }
  }

  private static PDDocument load(byte[] bytes) throws IOException {
    return Loader.loadPDF(
        bytes,
        "",
        null,
        null,
        MemoryUsageSetting.setupMainMemoryOnly(InspectionLimits.PDF_SCRATCH_BYTES).streamCache);
  }

  /**
   * The same PDF without its document information dictionary and without XMP metadata (the
   * document's, its pages' and any other object's). Saving rewrites the whole file, so earlier
   * revisions of an incrementally updated file, which may still name the authors, are dropped too.
   *
   * @throws IllegalArgumentException if the bytes are not a PDF that {@link #inspect} accepts as
   *     readable and unencrypted, or if stripping them would take more than the limits allow
   */
  public static byte[] stripMetadata(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    InspectionBudget budget =
        new InspectionBudget(InspectionLimits.PDF_UNPACKED_BYTES, InspectionLimits.CHECK_TIME);
    try {
      return budget.during(() -> strip(bytes, budget));
    } catch (InspectionBudget.LimitReached e) {
      throw new IllegalArgumentException("stripping the PDF takes more than the limits allow");
    }
  }

  private static byte[] strip(byte[] bytes, InspectionBudget budget) {
    try (PDDocument document = load(bytes)) {
      if (document.isEncrypted()) {
        throw new IllegalArgumentException("an encrypted PDF cannot be stripped");
      }
      document.getDocument().getTrailer().removeItem(COSName.INFO);
      walk(
          document,
          budget,
          dictionary -> {
            dictionary.removeItem(COSName.METADATA);
            if (isCommentAnnotation(dictionary)) {
              // A comment's /T is the name of who wrote it: in a draft, usually an author.
              dictionary.removeItem(COSName.T);
            }
          });
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      document.save(out);
      if (budget.exhausted().isPresent()) {
        throw new IllegalArgumentException("stripping the PDF takes more than the limits allow");
      }
      return out.toByteArray();
    } catch (InspectionBudget.LimitReached e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("not a readable PDF", e);
    }
  }

  /**
   * An annotation other than a form field's widget: there /T names the author of a comment, while
   * on a widget (merged with its field) /T is the field's name, which the form needs.
   */
  private static boolean isCommentAnnotation(COSDictionary dictionary) {
    COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
    boolean annotation =
        COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE))
            || (subtype != null && dictionary.containsKey(COSName.RECT));
    return annotation && !COSName.WIDGET.equals(subtype) && !dictionary.containsKey(COSName.FT);
  }

  private static PdfInspection refused(PdfRefusal reason) {
    return new PdfInspection.Refused(reason);
  }

  private static String firstPageText(PDDocument document, InspectionBudget budget)
      throws IOException {
    PDFTextStripper stripper = new FirstPageText(budget);
    stripper.setStartPage(1);
    stripper.setEndPage(1);
    return stripper.getText(document);
  }

  /**
   * A text extractor that keeps the first {@link InspectionLimits#FIRST_PAGE_TEXT_CHARS} glyphs and
   * stops the check at {@link InspectionLimits#FIRST_PAGE_GLYPHS}: PDFBox makes an object of a few
   * hundred bytes for every glyph and keeps them until the page ends, so a page of millions of
   * glyphs must be stopped while it is read, not cut afterwards.
   */
  private static final class FirstPageText extends PDFTextStripper {
    private final InspectionBudget budget;
    private int glyphs;

    FirstPageText(InspectionBudget budget) {
      this.budget = budget;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      super.processPage(new CountedContents(page));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      budget.checkTime();
      super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      glyphs++;
      if (glyphs > InspectionLimits.FIRST_PAGE_GLYPHS) {
        throw budget.exhaust(InspectionBudget.Exhausted.MEMORY);
      }
      if (glyphs % 1024 == 0) {
        budget.checkTime();
      }
      if (glyphs <= InspectionLimits.FIRST_PAGE_TEXT_CHARS) {
        super.processTextPosition(text);
      }
    }
  }

  /**
   * A page whose content is unpacked through PDFBox's filters, and so counted against the check's
   * budget. For a page with one compressed content stream, PDFBox 3.0 unpacks while it reads,
   * bypassing the filters: a stream of a few hundred kilobytes would then feed the text extractor
   * gigabytes of spaces (minutes of work) or one string of gigabytes (the heap).
   */
  private static final class CountedContents extends PDPage {
    CountedContents(PDPage page) {
      super(page.getCOSObject());
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
      return getContentsForRandomAccess();
    }
  }

  /**
   * Every kind of active content the document carries, in the order of {@link PdfRefusal}. Looks at
   * every dictionary reachable from the trailer, not only at the usual places (the /Names tree,
   * /OpenAction, page and annotation actions, form fields, action chains under /Next): what acts on
   * a reader's machine is refused wherever it hides. Ordinary links to web addresses are not active
   * content: papers cite DOIs.
   */
  private static Set<PdfRefusal> activeContent(PDDocument document, InspectionBudget budget) {
    Set<PdfRefusal> found = EnumSet.noneOf(PdfRefusal.class);
    walk(
        document,
        budget,
        dictionary -> {
          if (dictionary.containsKey(JS) || dictionary.containsKey(JAVA_SCRIPT)) {
            found.add(PdfRefusal.CONTAINS_JAVASCRIPT);
          }
          if (dictionary.containsKey(EMBEDDED_FILES)
              || dictionary.containsKey(EF)
              || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))
              || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            found.add(PdfRefusal.CONTAINS_EMBEDDED_FILES);
          }
          if (dictionary.containsKey(COSName.AA)) {
            found.add(PdfRefusal.RUNS_AUTOMATIC_ACTIONS);
          }
          if (dictionary.containsKey(XFA)) {
            found.add(PdfRefusal.CONTAINS_XFA);
          }
          COSName action = actionType(dictionary);
          if (action != null && ACTIONS.containsKey(action)) {
            found.add(ACTIONS.get(action));
          }
        });
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    if (catalog.getBoolean(NEEDS_RENDERING, false)) {
      found.add(PdfRefusal.CONTAINS_XFA);
    }
    if (opensALink(catalog.getDictionaryObject(COSName.OPEN_ACTION))) {
      found.add(PdfRefusal.OPENS_LINK_ON_OPEN);
    }
    return found;
  }

  /** The /S of an action dictionary; null for anything else, structure elements included. */
  private static COSName actionType(COSDictionary dictionary) {
    COSName type = dictionary.getCOSName(COSName.TYPE);
    if (STRUCT_ELEM.equals(type)
        || (type == null && dictionary.containsKey(COSName.P) && dictionary.containsKey(K))) {
      // A structure element's /S is its role (P, H1, Figure, or a name of the author's choosing).
      return null;
    }
    return dictionary.getCOSName(COSName.S);
  }

  /** Whether an open action, or an action it chains to under /Next, opens a web address. */
  private static boolean opensALink(COSBase openAction) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    if (openAction != null) {
      pending.push(openAction);
    }
    while (!pending.isEmpty()) {
      COSBase next = dereferenced(pending.pop());
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (next instanceof COSArray array) {
        // An explicit destination ([page /Fit]) or a list of actions under /Next.
        for (COSBase value : array) {
          if (dereferenced(value) instanceof COSDictionary) {
            pending.push(value);
          }
        }
      } else if (next instanceof COSDictionary action) {
        if (URI.equals(action.getCOSName(COSName.S))) {
          return true;
        }
        COSBase chained = action.getDictionaryObject(COSName.NEXT);
        if (chained != null) {
          pending.push(chained);
        }
      }
    }
    return false;
  }

  /**
   * The number of pages as a reader finds them, by walking the page tree rather than trusting its
   * /Count (which a file may set to anything, for example to pass a call's page limit); empty if
   * the tree loops back on itself.
   */
  private static OptionalInt countPages(PDDocument document, InspectionBudget budget) {
    COSDictionary root =
        document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    if (root == null) {
      return OptionalInt.of(0);
    }
    Set<COSDictionary> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> pending = new ArrayDeque<>();
    pending.push(root);
    int pages = 0;
    int visited = 0;
    while (!pending.isEmpty()) {
      if (++visited % 4096 == 0) {
        budget.checkTime();
      }
      COSDictionary node = pending.pop();
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids == null && !COSName.PAGES.equals(node.getCOSName(COSName.TYPE))) {
        COSName type = node.getCOSName(COSName.TYPE);
        if (type == null || COSName.PAGE.equals(type)) {
          pages++;
        }
        continue;
      }
      if (!nodes.add(node)) {
        return OptionalInt.empty();
      }
      if (kids != null) {
        for (COSBase kid : kids) {
          if (dereferenced(kid) instanceof COSDictionary child) {
            pending.push(child);
          }
        }
      }
    }
    return OptionalInt.of(pages);
  }

  private static COSBase dereferenced(COSBase value) {
    return value instanceof COSObject reference ? reference.getObject() : value;
  }

  /**
   * Visits each reachable dictionary (streams included) once; iterative, so depth is no risk. Stops
   * the check when the document has more objects than {@link InspectionLimits#PDF_OBJECTS}.
   */
  private static void walk(
      PDDocument document, InspectionBudget budget, Consumer<COSDictionary> visitor) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(document.getDocument().getTrailer());
    while (!pending.isEmpty()) {
      COSBase next = dereferenced(pending.pop());
      if (next == null || !(next instanceof COSDictionary || next instanceof COSArray)) {
        continue;
      }
      if (!seen.add(next)) {
        continue;
      }
      if (seen.size() > InspectionLimits.PDF_OBJECTS) {
        throw budget.exhaust(InspectionBudget.Exhausted.MEMORY);
      }
      if (seen.size() % 4096 == 0) {
        budget.checkTime();
      }
      if (next instanceof COSDictionary dictionary) {
        visitor.accept(dictionary);
        for (COSBase value : dictionary.getValues()) {
          pending.push(value);
        }
      } else if (next instanceof COSArray array) {
        for (COSBase value : array) {
          pending.push(value);
        }
      }
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithEndOfFileMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - END_OF_FILE_WINDOW);
    outer:
    for (int i = bytes.length - END_OF_FILE.length; i >= from; i--) {
      for (int j = 0; j < END_OF_FILE.length; j++) {
        if (bytes[i + j] != END_OF_FILE[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
