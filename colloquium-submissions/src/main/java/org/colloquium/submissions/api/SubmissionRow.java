package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of the organisers' submissions table (and of the CSV/XLSX exports). {@code abstractText}
 * is there only for the exports: the table's pages live in the session, abstracts would multiply
 * their size. {@code finalChangedAt} and {@code finalFile}: the final version of an accepted
 * submission, saved by its authors (null before).
 */
public record SubmissionRow(
    Long id,
    int number,
    String title,
    SubmissionState state,
    String track,
    String presentationType,
    String language,
    List<AuthorLine> authors,
    List<String> keywords,
    Instant submittedAt,
    Integer duplicateOfNumber,
    FileInfo file,
    String abstractText,
    Instant finalChangedAt,
    FileInfo finalFile)
    implements Serializable {

  /** An author as the table shows it. */
  public record AuthorLine(
      String fullName, String email, String affiliation, String country, boolean presenting)
      implements Serializable {}
}
