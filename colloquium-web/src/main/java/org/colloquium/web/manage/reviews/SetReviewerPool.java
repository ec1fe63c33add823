package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AssignmentOverview;
import org.colloquium.reviews.api.ReviewAssignments;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The tracks form of the assignment page ({@code ?pool=<reviewer>}): which tracks' pools a reviewer
 * is in. The page's {@link AssignReviewers} has read the reviewers and the tracks.
 */
@Named
@ViewScoped
public class SetReviewerPool implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "pool";

  @Inject ReviewAssignments assignments;
  @Inject AssignReviewers page;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private Long reviewerId;
  private AssignmentOverview.ReviewerRow row;
  private List<Long> tracks = new ArrayList<>();

  /** Runs after the page's own load: finds the reviewer and ticks their tracks. */
  public void load() {
    if (row != null || reviewerId == null || page.getOverview() == null) {
      return;
    }
    row =
        page.getOverview().reviewers().stream()
            .filter(r -> r.accountId().equals(reviewerId))
            .findFirst()
            .orElse(null);
    if (row != null) {
      tracks = new ArrayList<>(row.poolTrackIds());
    }
  }

  public void save() {
    try {
      assignments.setPool(
          signedIn.accountId(), page.getSlug(), reviewerId, new LinkedHashSet<>(tracks));
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    if (tracks.isEmpty()) {
      Messages.addGlobalInfo("manage.assignment.pool.savedAll", row.name());
    } else {
      Messages.addGlobalInfo("manage.assignment.pool.saved", row.name());
    }
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/reviews/assignment", page.getSlug());
  }

  public Long getReviewerId() {
    return reviewerId;
  }

  public void setReviewerId(Long reviewerId) {
    this.reviewerId = reviewerId;
  }

  /** The reviewer whose tracks are set; null without one (or for someone who does not review). */
  public AssignmentOverview.ReviewerRow getRow() {
    return row;
  }

  public List<Long> getTracks() {
    return tracks;
  }

  public void setTracks(List<Long> tracks) {
    this.tracks = tracks == null ? new ArrayList<>() : tracks;
  }
}
