package org.colloquium.kernel.files.api;

import java.util.Optional;
import org.colloquium.kernel.validation.ValidationException;

/**
 * Checks uploaded files ({@code ContentCheck}, {@code PdfInspector}) on a small pool of its own, so
 * that however many files arrive at once, only a few are being opened at any moment: each check may
 * take tens of megabytes and seconds, and a crowd of request threads opening PDFs together would
 * take the heap. A check that does not finish in time is refused as too slow (it also stops itself
 * at its own deadline); when every checker is busy and enough files already wait, or a file waited
 * as long as a check may take, the upload is refused with "the server is busy, try again in a
 * minute" rather than queued for ever. Nothing about a file is kept.
 *
 * <p>Waiting files are taken fairly ({@link FairShares}): the file of whoever has had least of the
 * checkers' time lately goes first, each requester has at most {@link #PLACES_PER_OWNER} files in
 * hand, and when every waiting place is taken a newcomer with less use takes the place of the
 * waiting file whose owner has had most. Besides, one more checker, the express lane, takes only
 * the files of requesters who have had less than {@link #EXPRESS_BELOW} of checking lately, when
 * every other checker is busy: an author's paper then does not even wait for the hostile files
 * being checked. Measured in the deadline rush under attack: with one queue in order of arrival,
 * honest authors' uploads waited behind the hostile PDFs of five clients (p95 3 s).
 */
public interface UploadInspection {
  void stop();

  /**
   * The inspection of a PDF against {@code limits}; refused as {@link PdfRefusal#BUSY} when it
   * could not be checked now, {@link PdfRefusal#TOO_SLOW} or {@link PdfRefusal#TOO_COMPLEX} when
   * the check ran out of time or memory.
   */
  PdfInspection pdf(Object owner, byte[] bytes, PdfLimits limits);

  /**
   * The PDF without its metadata ({@code PdfInspector.stripMetadata}), made on the pool; empty when
   * the server is too busy to do it now or it took too long.
   *
   * @throws IllegalArgumentException if the bytes are not a PDF that can be stripped
   */
  Optional<byte[]> stripMetadata(Object owner, byte[] bytes);

  /**
   * A PDF for public download ({@code ContentCheck.pdf}), checked on the pool.
   *
   * @throws ValidationException with the reason on {@code field}
   */
  CheckedContent publicPdf(Object owner, String field, byte[] bytes);

  /**
   * An image ({@code ContentCheck.image}), checked on the pool.
   *
   * @throws ValidationException with the reason on {@code field}
   */
  CheckedContent image(Object owner, String field, byte[] bytes);
}
