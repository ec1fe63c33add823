package org.colloquium.reviews.api;

import java.util.Optional;

/** What the review says to a submission's authors, once they were notified. */
public interface ReviewsForAuthors {

  /**
   * The decision the authors were notified of and the reviews meant for them; empty before the
   * first notification, and for anyone but the submitter and the authors (by their address).
   */
  Optional<AuthorOutcome> outcome(Long actorId, Long submissionId);

  /**
   * The reviews meant for the authors and their response, while the phase in effect shows the
   * reviews to authors or lets them respond; empty otherwise, and for anyone but the authors.
   */
  Optional<ResponseWindow> responseWindow(Long actorId, Long submissionId);

  /**
   * The authors' one response to the reviews.
   *
   * @throws org.colloquium.kernel.validation.ValidationException when the phase does not let
   *     authors respond, they responded already, or the text is empty or over the word limit
   * @throws org.colloquium.kernel.access.NotFoundException for anyone but the authors
   */
  void respond(Long actorId, Long submissionId, String text);
}
