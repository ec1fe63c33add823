package org.colloquium.reviews.domain;

import java.util.List;
import org.colloquium.kernel.persistence.ModuleEntities;

/** The entities of the reviews module, for the persistence unit. */
public class ReviewsEntities implements ModuleEntities {

  @Override
  public List<Class<?>> entities() {
    return List.of(
        ReviewSetup.class,
        ReviewCriterion.class,
        ReviewConflict.class,
        ConflictPin.class,
        ReviewBid.class,
        ReviewerSettings.class,
        ReviewAssignment.class,
        Review.class,
        AssignmentRun.class,
        Decision.class,
        ReviewComment.class,
        DiscussionLead.class,
        AuthorResponse.class);
  }
}
