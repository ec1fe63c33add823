package org.colloquium.submissions.api;

import java.io.OutputStream;

/**
 * The organisers' downloads of an event's submissions, narrowed by the table's current filter: CSV
 * and XLSX with one row per submission (authors with their affiliations and countries in one cell),
 * and a ZIP of every PDF named by submission number. Everything is written to the caller's stream
 * as it is read, a page of rows or one PDF at a time, so thousands of submissions never sit in
 * memory together; each read is a short transaction of its own, and none is open while writing, so
 * a slow download holds no database connection.
 */
public interface SubmissionExports {
  /**
   * Checks that the actor may export the event's submissions, before anything is written.
   *
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   */
  void requireOrganiser(Long actorId, String eventSlug);

  /**
   * CSV in UTF-8 with a byte order mark (without it Excel reads Romanian and Cyrillic letters as
   * Windows-1252), every field quoted, cells that could run as formulas defused ({@link
   * ExportFormat#cell}).
   */
  void csv(Long actorId, String eventSlug, SubmissionFilter filter, OutputStream out);

  /**
   * An XLSX workbook with one sheet. Its cells are stored as text, never as formulas, so they need
   * no apostrophe: Excel does not evaluate a text cell.
   */
  void xlsx(Long actorId, String eventSlug, SubmissionFilter filter, OutputStream out);

  /** A ZIP of the filtered submissions' PDFs, one stored file read at a time. */
  void zip(Long actorId, String eventSlug, SubmissionFilter filter, OutputStream out);
}
