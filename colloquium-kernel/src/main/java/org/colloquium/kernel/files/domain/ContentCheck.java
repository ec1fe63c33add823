package org.colloquium.kernel.files.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/**
 * What may be uploaded, decided by the bytes alone: a file name or a browser's content type is
 * whatever the uploader says. Images are PNG or JPEG that really decode (SVG can carry scripts and
 * is refused, like everything else); PDFs are parsed, and refused when encrypted or carrying
 * JavaScript or embedded files.
 */
public final class ContentCheck {

  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String PDF = "application/pdf";

  public static final int MAX_IMAGE_BYTES = 1024 * 1024;
  public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private ContentCheck() {}

  /**
   * A PNG or JPEG image of at most 1 MB.
   *
   * @param field the form field to report a problem on
   * @throws ValidationException with file.required, file.image.tooLarge or file.image.notAnImage
   */
  public static CheckedContent image(String field, byte[] bytes) {
    requireSome(field, bytes);
    if (bytes.length > MAX_IMAGE_BYTES) {
      throw new ValidationException(
          Problem.of(field, "file.image.tooLarge", megabytes(MAX_IMAGE_BYTES)));
    }
    String type =
        startsWith(bytes, PNG_SIGNATURE) ? PNG : startsWith(bytes, JPEG_SIGNATURE) ? JPEG : null;
    if (type == null || !decodes(bytes)) {
      throw new ValidationException(Problem.of(field, "file.image.notAnImage"));
    }
    return new CheckedContent(bytes, type);
  }

  /**
   * A PDF of at most 20 MB that a reader can open without a password and that carries nothing that
   * runs or unpacks on a visitor's machine (JavaScript, embedded files): checked by parsing it
   * ({@link PdfInspector}), as a submission's PDF is. Event attachments are public downloads.
   *
   * @throws ValidationException with file.required, file.pdf.tooLarge, file.pdf.notAPdf,
   *     file.pdf.unreadable, file.pdf.encrypted, file.pdf.containsJavascript or
   *     file.pdf.containsEmbeddedFiles
   */
  public static CheckedContent pdf(String field, byte[] bytes) {
    requireSome(field, bytes);
    if (PdfInspector.inspect(bytes, PdfLimits.ofBytes(MAX_PDF_BYTES))
        instanceof PdfInspection.Refused refused) {
      throw new ValidationException(refusal(field, refused.reason()));
    }
    return new CheckedContent(bytes, PDF);
  }

  // One literal key per reason, so that the message bundle's test sees each of them.
  private static Problem refusal(String field, PdfRefusal reason) {
    return switch (reason) {
      case EMPTY -> Problem.of(field, "file.required");
      case TOO_LARGE -> Problem.of(field, "file.pdf.tooLarge", megabytes(MAX_PDF_BYTES));
      case NOT_A_PDF -> Problem.of(field, "file.pdf.notAPdf");
      case UNREADABLE -> Problem.of(field, "file.pdf.unreadable");
      case ENCRYPTED -> Problem.of(field, "file.pdf.encrypted");
      case CONTAINS_JAVASCRIPT -> Problem.of(field, "file.pdf.containsJavascript");
      case CONTAINS_EMBEDDED_FILES -> Problem.of(field, "file.pdf.containsEmbeddedFiles");
      case TOO_MANY_PAGES -> throw new IllegalStateException("attachments have no page limit");
    };
  }

  private static void requireSome(String field, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new ValidationException(Problem.of(field, "file.required"));
    }
  }

  private static boolean decodes(byte[] bytes) {
    try {
      var image = ImageIO.read(new ByteArrayInputStream(bytes));
      return image != null && image.getWidth() > 0 && image.getHeight() > 0;
    } catch (IOException | RuntimeException e) {
      // A truncated or crafted file: not an image we will show.
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static Integer megabytes(int bytes) {
    return bytes / (1024 * 1024);
  }
}
