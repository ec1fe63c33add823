package org.colloquium.submissions.api;

import java.io.Serializable;

/**
 * What the organisers' table is narrowed to; null fields do not filter. {@code text} is searched in
 * titles, abstracts, keywords and authors, ignoring case and diacritics. Drafts are never listed:
 * they are their authors' alone.
 */
public record SubmissionFilter(
    SubmissionState state,
    Long trackId,
    Long presentationTypeId,
    String language,
    String country,
    String text)
    implements Serializable {

  public static final SubmissionFilter NONE =
      new SubmissionFilter(null, null, null, null, null, null);
}
