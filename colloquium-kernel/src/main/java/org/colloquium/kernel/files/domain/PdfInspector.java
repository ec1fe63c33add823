package org.colloquium.kernel.files.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Decides whether uploaded bytes may be stored as a submission's PDF, and strips what a PDF says
 * about who wrote it. Reviewers open these files on their own machines, so anything that runs code
 * (JavaScript) or smuggles in other files (attachments) is refused rather than cleaned: a cleaned
 * file might no longer be what the author meant to send.
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

  private PdfInspector() {}

  public static PdfInspection inspect(byte[] bytes, PdfLimits limits) {
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
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted()) {
        return refused(PdfRefusal.ENCRYPTED);
      }
      Findings findings = scan(document);
      if (findings.javaScript) {
        return refused(PdfRefusal.CONTAINS_JAVASCRIPT);
      }
      if (findings.embeddedFiles) {
        return refused(PdfRefusal.CONTAINS_EMBEDDED_FILES);
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        return refused(PdfRefusal.UNREADABLE);
      }
      if (limits.maxPages().isPresent() && pages > limits.maxPages().getAsInt()) {
        return refused(PdfRefusal.TOO_MANY_PAGES);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      return new PdfInspection.Accepted(
          new PdfSummary(
              pages,
              info.getAuthor(),
              info.getCreator(),
              info.getProducer(),
              info.getTitle(),
              firstPageText(document)));
    } catch (InvalidPasswordException e) {
      return refused(PdfRefusal.ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      // A malformed file makes PDFBox fail in many ways, unchecked ones included; all of them
      // mean the same to the author: the file cannot be read.
      return refused(PdfRefusal.UNREADABLE);
    }
  }

  /**
   * The same PDF without its document information dictionary and without XMP metadata (the
   * document's, its pages' and any other object's). Saving rewrites the whole file, so earlier
   * revisions of an incrementally updated file, which may still name the authors, are dropped too.
   *
   * @throws IllegalArgumentException if the bytes are not a PDF that {@link #inspect} accepts as
   *     readable and unencrypted
   */
  public static byte[] stripMetadata(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted()) {
        throw new IllegalArgumentException("an encrypted PDF cannot be stripped");
      }
      document.getDocument().getTrailer().removeItem(COSName.INFO);
      walk(document, dictionary -> dictionary.removeItem(COSName.METADATA));
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      document.save(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("not a readable PDF", e);
    }
  }

  private static PdfInspection refused(PdfRefusal reason) {
    return new PdfInspection.Refused(reason);
  }

  private static String firstPageText(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(1);
    stripper.setEndPage(1);
    return stripper.getText(document);
  }

  private static final class Findings {
    boolean javaScript;
    boolean embeddedFiles;
  }

  /**
   * Looks at every dictionary reachable from the trailer, not only at the usual places (the /Names
   * tree, /OpenAction, page and annotation actions, form fields, action chains under /Next): a
   * script or an attachment is refused wherever it hides.
   */
  private static Findings scan(PDDocument document) {
    Findings findings = new Findings();
    walk(
        document,
        dictionary -> {
          if (dictionary.containsKey(JS)
              || dictionary.containsKey(JAVA_SCRIPT)
              || JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))) {
            findings.javaScript = true;
          }
          if (dictionary.containsKey(EMBEDDED_FILES)
              || dictionary.containsKey(EF)
              || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))
              || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            findings.embeddedFiles = true;
          }
        });
    return findings;
  }

  /** Visits each reachable dictionary (streams included) once; iterative, so depth is no risk. */
  private static void walk(PDDocument document, Consumer<COSDictionary> visitor) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(document.getDocument().getTrailer());
    while (!pending.isEmpty()) {
      COSBase next = pending.pop();
      if (next instanceof COSObject reference) {
        next = reference.getObject();
      }
      if (next == null || !seen.add(next)) {
        continue;
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
