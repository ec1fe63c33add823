package org.colloquium.submissions.domain;

import java.util.List;
import java.util.Map;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Orcid;

/**
 * A submission's text and authors after {@link SubmissionRules} accepted them: trimmed, keywords
 * without duplicates, e-mail addresses in lower case.
 */
public record SubmissionContent(
    String title,
    String abstractText,
    List<String> keywords,
    Long trackId,
    Long presentationTypeId,
    String language,
    List<Author> authors,
    Map<Long, String> declaredConflicts) {

  /** Content that leaves the declared conflicts of interest as they are. */
  public SubmissionContent(
      String title,
      String abstractText,
      List<String> keywords,
      Long trackId,
      Long presentationTypeId,
      String language,
      List<Author> authors) {
    this(title, abstractText, keywords, trackId, presentationTypeId, language, authors, null);
  }

  /** A checked author. {@code country} is an ISO 3166 alpha-2 code or null. */
  public record Author(
      String fullName,
      EmailAddress email,
      String affiliation,
      String country,
      Orcid orcid,
      boolean presenting,
      boolean mayEdit) {}

  /**
   * @param declaredConflicts committee members the authors declared a conflict of interest with
   *     (account id → reason); null leaves them as they are
   */
  public SubmissionContent {
    keywords = List.copyOf(keywords);
    authors = List.copyOf(authors);
    declaredConflicts = declaredConflicts == null ? null : Map.copyOf(declaredConflicts);
  }
}
