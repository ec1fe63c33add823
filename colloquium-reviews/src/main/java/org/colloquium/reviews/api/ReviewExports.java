package org.colloquium.reviews.api;

import java.io.OutputStream;

/**
 * The organisers' downloads of an event's submitted reviews, one row per review with every field of
 * the form, the score, the confidence and the decision; per track when {@code trackId} is given.
 * Submissions the organiser wrote or is conflicted with are left out, as on the dashboard. The
 * table is read in one transaction and written after it, so that a slow download holds no database
 * connection.
 */
public interface ReviewExports {

  /**
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   */
  void requireOrganiser(Long actorId, String slug);

  /** CSV in UTF-8 with a byte order mark, every field quoted, formula-like cells defused. */
  void csv(Long actorId, String slug, Long trackId, OutputStream out);

  /** An XLSX workbook with one sheet, every cell stored as text (never as a formula). */
  void xlsx(Long actorId, String slug, Long trackId, OutputStream out);
}
