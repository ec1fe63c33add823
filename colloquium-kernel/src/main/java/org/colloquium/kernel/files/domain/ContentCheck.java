package org.colloquium.kernel.files.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/**
 * What may be uploaded, decided by the bytes alone: a file name or a browser's content type is
 * whatever the uploader says. Images are PNG or JPEG of a sane number of pixels that really decode
 * (SVG can carry scripts and is refused, like everything else); PDFs are parsed ({@link
 * PdfInspector}) and refused when encrypted or carrying active content or embedded files. Neither
 * may also be a ZIP archive. Every check is bounded in memory and time ({@link InspectionLimits}).
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

  /** {@link #image(String, byte[], Duration)} with the default time limit. */
  public static CheckedContent image(String field, byte[] bytes) {
    return image(field, bytes, InspectionLimits.CHECK_TIME);
  }

  /**
   * A PNG or JPEG image of at most 1 MB and {@link InspectionLimits#IMAGE_PIXELS} pixels, whose
   * every row decodes. The size in pixels is read from the header before anything is decoded.
   *
   * @param field the form field to report a problem on
   * @throws ValidationException with file.required, file.image.tooLarge, file.image.notAnImage,
   *     file.image.tooManyPixels, file.image.alsoAnArchive or file.image.tooSlow
   */
  public static CheckedContent image(String field, byte[] bytes, Duration time) {
    requireSome(field, bytes);
    if (bytes.length > MAX_IMAGE_BYTES) {
      throw new ValidationException(
          Problem.of(field, "file.image.tooLarge", megabytes(MAX_IMAGE_BYTES)));
    }
    String type =
        startsWith(bytes, PNG_SIGNATURE) ? PNG : startsWith(bytes, JPEG_SIGNATURE) ? JPEG : null;
    if (type == null) {
      throw new ValidationException(Problem.of(field, "file.image.notAnImage"));
    }
    if (ZipTail.present(bytes)) {
      throw new ValidationException(Problem.of(field, "file.image.alsoAnArchive"));
    }
    switch (decode(bytes, type == PNG ? "png" : "jpeg", time)) {
      case DECODES -> {
        return new CheckedContent(bytes, type);
      }
      case TOO_MANY_PIXELS ->
          throw new ValidationException(
              Problem.of(
                  field,
                  "file.image.tooManyPixels",
                  InspectionLimits.IMAGE_PIXELS / 1_000_000,
                  InspectionLimits.IMAGE_SIDE));
      case TOO_SLOW -> throw new ValidationException(Problem.of(field, "file.image.tooSlow"));
      default -> throw new ValidationException(Problem.of(field, "file.image.notAnImage"));
    }
  }

  /** {@link #pdf(String, byte[], Duration)} with the default time limit. */
  public static CheckedContent pdf(String field, byte[] bytes) {
    return pdf(field, bytes, InspectionLimits.CHECK_TIME);
  }

  /**
   * A PDF of at most 20 MB that a reader can open without a password and that carries nothing that
   * acts or unpacks on a visitor's machine: checked by parsing it ({@link PdfInspector}), as a
   * submission's PDF is. Event attachments are public downloads.
   *
   * @throws ValidationException with file.required or the key of the {@link PdfRefusal} ({@link
   *     #refusal})
   */
  public static CheckedContent pdf(String field, byte[] bytes, Duration time) {
    requireSome(field, bytes);
    if (PdfInspector.inspect(bytes, PdfLimits.ofBytes(MAX_PDF_BYTES), time)
        instanceof PdfInspection.Refused refused) {
      throw new ValidationException(refusal(field, refused.reason()));
    }
    return new CheckedContent(bytes, PDF);
  }

  /**
   * The problem that tells an organiser why a public file is refused. One literal key per reason,
   * so that the message bundle's test sees each of them.
   */
  public static Problem refusal(String field, PdfRefusal reason) {
    return switch (reason) {
      case EMPTY -> Problem.of(field, "file.required");
      case TOO_LARGE -> Problem.of(field, "file.pdf.tooLarge", megabytes(MAX_PDF_BYTES));
      case NOT_A_PDF -> Problem.of(field, "file.pdf.notAPdf");
      case UNREADABLE -> Problem.of(field, "file.pdf.unreadable");
      case ENCRYPTED -> Problem.of(field, "file.pdf.encrypted");
      case ALSO_AN_ARCHIVE -> Problem.of(field, "file.pdf.alsoAnArchive");
      case TOO_COMPLEX -> Problem.of(field, "file.pdf.tooComplex");
      case TOO_SLOW -> Problem.of(field, "file.pdf.tooSlow");
      case BUSY -> Problem.of(field, "file.busy");
      case CONTAINS_JAVASCRIPT -> Problem.of(field, "file.pdf.containsJavascript");
      case LAUNCHES_APPLICATIONS -> Problem.of(field, "file.pdf.launchesApplications");
      case CONTAINS_EMBEDDED_FILES -> Problem.of(field, "file.pdf.containsEmbeddedFiles");
      case SUBMITS_FORMS -> Problem.of(field, "file.pdf.submitsForms");
      case IMPORTS_DATA -> Problem.of(field, "file.pdf.importsData");
      case OPENS_OTHER_DOCUMENTS -> Problem.of(field, "file.pdf.opensOtherDocuments");
      case CONTAINS_XFA -> Problem.of(field, "file.pdf.containsXfa");
      case OPENS_LINK_ON_OPEN -> Problem.of(field, "file.pdf.opensLinkOnOpen");
      case RUNS_AUTOMATIC_ACTIONS -> Problem.of(field, "file.pdf.runsAutomaticActions");
      case TOO_MANY_PAGES -> throw new IllegalStateException("attachments have no page limit");
    };
  }

  /** Every checker is busy: the upload was not looked at. */
  public static Problem busy(String field) {
    return refusal(field, PdfRefusal.BUSY);
  }

  private static void requireSome(String field, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new ValidationException(Problem.of(field, "file.required"));
    }
  }

  private enum Decoding {
    DECODES,
    NOT_AN_IMAGE,
    TOO_MANY_PIXELS,
    TOO_SLOW
  }

  /**
   * Decodes the image into a copy of at most {@link InspectionLimits#IMAGE_DECODED_PIXELS} pixels,
   * after reading its size from the header. The decoder still reads and checks every row; a warning
   * (a JPEG that ends early decodes with grey rows and a warning) counts as not decoding.
   */
  private static Decoding decode(byte[] bytes, String format, Duration time) {
    long deadline = System.nanoTime() + Math.max(1, time.toNanos());
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
      if (in == null || !readers.hasNext()) {
        return Decoding.NOT_AN_IMAGE;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          return Decoding.NOT_AN_IMAGE;
        }
        if (width > InspectionLimits.IMAGE_SIDE
            || height > InspectionLimits.IMAGE_SIDE
            || (long) width * height > InspectionLimits.IMAGE_PIXELS) {
          return Decoding.TOO_MANY_PIXELS;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(width, height);
        param.setSourceSubsampling(step, step, 0, 0);
        boolean[] warned = {false};
        reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
        Deadline watch = new Deadline(reader, deadline);
        reader.addIIOReadProgressListener(watch);
        BufferedImage image = reader.read(0, param);
        if (watch.late) {
          return Decoding.TOO_SLOW;
        }
        return image == null || warned[0] ? Decoding.NOT_AN_IMAGE : Decoding.DECODES;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // A truncated or crafted file: not an image we will show.
      return Decoding.NOT_AN_IMAGE;
    }
  }

  /** Keeps every n-th pixel of every n-th row, n chosen to keep at most a million pixels. */
  static int subsampling(int width, int height) {
    long pixels = (long) width * height;
    int step = 1;
    while (pixels / ((long) step * step) > InspectionLimits.IMAGE_DECODED_PIXELS) {
      step++;
    }
    return step;
  }

  /** Aborts the decoding once the time is up; decoders report progress row by row. */
  private static final class Deadline implements IIOReadProgressListener {
    private final ImageReader reader;
    private final long deadline;
    boolean late;

    Deadline(ImageReader reader, long deadline) {
      this.reader = reader;
      this.deadline = deadline;
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
      if (System.nanoTime() - deadline > 0) {
        late = true;
        reader.abort();
      }
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {}

    @Override
    public void sequenceComplete(ImageReader source) {}

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {}

    @Override
    public void imageComplete(ImageReader source) {}

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {}

    @Override
    public void thumbnailComplete(ImageReader source) {}

    @Override
    public void readAborted(ImageReader source) {}
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static Integer megabytes(int bytes) {
    return bytes / (1024 * 1024);
  }
}
