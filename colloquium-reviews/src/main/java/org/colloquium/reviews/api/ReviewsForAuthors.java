package org.colloquium.reviews.api;

import java.util.Optional;

/** What the review says to a submission's authors, once they were notified. */
public interface ReviewsForAuthors {

  /**
   * The decision the authors were notified of and the reviews meant for them; empty before the
   * first notification, and for anyone but the submitter and the authors (by their address).
   */
  Optional<AuthorOutcome> outcome(Long actorId, Long submissionId);
}
