package org.colloquium.submissions.api;

import java.io.Serializable;
import java.util.List;

/**
 * What an author typed into the abstract form (or sent to the API), unchecked. {@link
 * SubmissionRules} turns it into {@code SubmissionContent} or a list of problems.
 *
 * @param language ISO 639-1 code of the language the work will be presented in
 */
public record SubmissionInput(
    String title,
    String abstractText,
    List<String> keywords,
    Long trackId,
    Long presentationTypeId,
    String language,
    List<AuthorEntry> authors)
    implements Serializable {

  public SubmissionInput {
    keywords =
        keywords == null
            ? List.of()
            : List.copyOf(keywords.stream().map(k -> k == null ? "" : k).toList());
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
