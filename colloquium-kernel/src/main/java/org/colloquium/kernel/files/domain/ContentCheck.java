package org.colloquium.kernel.files.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/**
 * What may be uploaded, decided by the bytes alone: a file name or a browser's content type is
 * whatever the uploader says. Images are PNG or JPEG that really decode (SVG can carry scripts and
 * is refused, like everything else); PDFs start with the PDF header.
 */
public final class ContentCheck {

  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String PDF = "application/pdf";

  public static final int MAX_IMAGE_BYTES = 1024 * 1024;
  public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

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
   * A PDF of at most 20 MB.
   *
   * @throws ValidationException with file.required, file.pdf.tooLarge or file.pdf.notAPdf
   */
  public static CheckedContent pdf(String field, byte[] bytes) {
    requireSome(field, bytes);
    if (bytes.length > MAX_PDF_BYTES) {
      throw new ValidationException(
          Problem.of(field, "file.pdf.tooLarge", megabytes(MAX_PDF_BYTES)));
    }
    if (!startsWith(bytes, PDF_SIGNATURE)) {
      throw new ValidationException(Problem.of(field, "file.pdf.notAPdf"));
    }
    return new CheckedContent(bytes, PDF);
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
