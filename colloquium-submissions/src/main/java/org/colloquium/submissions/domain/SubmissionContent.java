package org.colloquium.submissions.domain;

import java.util.List;
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
    List<Author> authors) {

  /** A checked author. {@code country} is an ISO 3166 alpha-2 code or null. */
  public record Author(
      String fullName,
      EmailAddress email,
      String affiliation,
      String country,
      Orcid orcid,
      boolean presenting,
      boolean mayEdit) {}

  public SubmissionContent {
    keywords = List.copyOf(keywords);
    authors = List.copyOf(authors);
  }
}
