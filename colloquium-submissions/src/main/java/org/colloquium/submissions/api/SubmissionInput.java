package org.colloquium.submissions.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an author typed into the abstract form (or sent to the API), unchecked. {@link
 * SubmissionRules} turns it into {@code SubmissionContent} or a list of problems.
 *
 * @param language ISO 639-1 code of the language the work will be presented in
 * @param declaredConflicts committee members the authors declare a conflict of interest with
 *     (account id → reason, blank when none was typed); null leaves them as they are
 */
public record SubmissionInput(
    String title,
    String abstractText,
    List<String> keywords,
    Long trackId,
    Long presentationTypeId,
    String language,
    List<AuthorEntry> authors,
    Map<Long, String> declaredConflicts)
    implements Serializable {

  /** Input that leaves the declared conflicts of interest as they are (the API's). */
  public SubmissionInput(
      String title,
      String abstractText,
      List<String> keywords,
      Long trackId,
      Long presentationTypeId,
      String language,
      List<AuthorEntry> authors) {
    this(title, abstractText, keywords, trackId, presentationTypeId, language, authors, null);
  }

  public SubmissionInput {
    keywords =
        keywords == null
            ? List.of()
            : List.copyOf(keywords.stream().map(k -> k == null ? "" : k).toList());
    authors = authors == null ? List.of() : List.copyOf(authors);
    declaredConflicts = declaredConflicts == null ? null : Map.copyOf(declaredConflicts);
  }

  /** The same input in another track and type: a final version keeps those it was accepted in. */
  public SubmissionInput placedIn(Long track, Long presentationType) {
    return new SubmissionInput(
        title,
        abstractText,
        keywords,
        track,
        presentationType,
        language,
        authors,
        declaredConflicts);
  }
}
