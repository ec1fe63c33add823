package org.colloquium.reviews.application;

import java.util.List;
import java.util.Map;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.text.Markdown;
import org.colloquium.reviews.api.ForReviewer;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * A submission as a reviewer may see it under the call's review mode: in a double-blind review,
 * nothing that names an author (names, affiliations, ORCID, the file's name, the submitter).
 */
final class BlindView {

  private BlindView() {}

  static ForReviewer of(SubmissionRecord s, ReviewMode mode, Map<Long, String> trackNames) {
    List<String> authors =
        mode == ReviewMode.DOUBLE_BLIND
            ? List.of()
            : s.authors().stream()
                .map(
                    a ->
                        a.affiliation() == null || a.affiliation().isBlank()
                            ? a.fullName()
                            : a.fullName() + " (" + a.affiliation() + ")")
                .toList();
    return new ForReviewer(
        s.number(),
        s.title(),
        Markdown.toSafeHtml(s.abstractText()),
        s.keywords(),
        s.trackId() == null ? null : trackNames.get(s.trackId()),
        authors,
        s.file().isPresent());
  }
}
