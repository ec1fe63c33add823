package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the authors read while the review is still going on, in a phase that shows them the reviews
 * or lets them respond: the reviews' answers meant for them, and their one response.
 *
 * @param mayRespond whether the phase lets them respond and they have not yet
 * @param response their response, once given
 */
public record ResponseWindow(
    List<AuthorOutcome.AuthorReview> reviews,
    boolean mayRespond,
    int wordLimit,
    String response,
    Instant respondedAt)
    implements Serializable {

  /** The longest response, in words. */
  public static final int WORD_LIMIT = 500;

  public ResponseWindow {
    reviews = List.copyOf(reviews);
  }
}
