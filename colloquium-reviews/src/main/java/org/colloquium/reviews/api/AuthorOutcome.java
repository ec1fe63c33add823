package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The decision on a submission as its authors were notified of it, with the reviews' answers meant
 * for them: reviewers numbered, and named only in an open review; committee-only fields and scores
 * left out.
 */
public record AuthorOutcome(
    Outcome outcome,
    String typeName,
    String trackName,
    Integer otherNumber,
    Instant notifiedAt,
    List<AuthorReview> reviews)
    implements Serializable {

  public AuthorOutcome {
    reviews = List.copyOf(reviews);
  }

  /**
   * One review's fields meant for authors, in the form's order.
   *
   * @param name the reviewer's name in an open review; null otherwise
   */
  public record AuthorReview(int reviewer, String name, List<AnsweredField> fields)
      implements Serializable {
    public AuthorReview {
      fields = List.copyOf(fields);
    }
  }

  /** One answer: the field's labels and, for a scale, the chosen value's labels (else the text). */
  public record AnsweredField(
      String labelEn, String labelRo, String answerEn, String answerRo, boolean text)
      implements Serializable {

    public String label(boolean romanian) {
      return romanian ? labelRo : labelEn;
    }

    public String answer(boolean romanian) {
      return romanian ? answerRo : answerEn;
    }
  }
}
