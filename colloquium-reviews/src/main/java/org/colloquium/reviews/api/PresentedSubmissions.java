package org.colloquium.reviews.api;

import java.util.List;

/**
 * The submissions an event presents: those whose authors were told they are accepted, also as a
 * poster. The programme builds its contributions from them; a decision not yet sent does not count,
 * since the authors do not know it.
 */
public interface PresentedSubmissions {

  /** In the order of the submissions' ids. */
  List<PresentedSubmission> inEvent(Long eventId);
}
