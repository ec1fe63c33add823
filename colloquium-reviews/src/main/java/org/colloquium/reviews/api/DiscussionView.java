package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/**
 * A submission's discussion as one reader may see it.
 *
 * @param lead the lead's name (or letter, as the phase shows reviewers); null without a lead
 * @param mayPost whether the reader may add a comment now
 */
public record DiscussionView(
    List<CommentView> comments, String lead, boolean leadIsMe, boolean mayPost)
    implements Serializable {

  public DiscussionView {
    comments = List.copyOf(comments);
  }
}
