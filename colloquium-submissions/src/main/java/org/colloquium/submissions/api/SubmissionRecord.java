package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What later modules (reviews, programme) may know of a handed-in submission: its content, its
 * authors and its file, to decide and show with. They apply their own rules (a reviewer in a
 * double-blind call never gets {@link #authors()} or {@link #fileName()}).
 *
 * @param fileSha256 the stored PDF's content address, or null without a file
 * @param fileName the name the author uploaded, never for a blind reader
 */
public record SubmissionRecord(
    Long id,
    Long eventId,
    int number,
    SubmissionState state,
    String title,
    String abstractText,
    List<String> keywords,
    Long trackId,
    Long presentationTypeId,
    String language,
    Long submitterId,
    List<AuthorRecord> authors,
    String fileSha256,
    String fileName,
    Instant submittedAt)
    implements Serializable {

  public SubmissionRecord {
    keywords = List.copyOf(keywords);
    authors = List.copyOf(authors);
  }

  public Optional<String> file() {
    return Optional.ofNullable(fileSha256);
  }

  /** One author of a submission in the order the submitter gave. */
  public record AuthorRecord(
      String fullName,
      String email,
      String affiliation,
      String country,
      String orcid,
      boolean presenting)
      implements Serializable {}
}
