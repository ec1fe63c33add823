package org.colloquium.web.review.tracks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.colloquium.reviews.api.AssignmentOverview;
import org.colloquium.reviews.api.ReviewAssignments;
import org.colloquium.web.manage.reviews.HandAssignment;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;

/**
 * /review/events/{slug}/tracks: the submissions of the tracks a track chair chairs, with their
 * reviewers; the chair assigns and removes reviewers by hand (conflicts and pools are checked by
 * the service, as for organisers).
 */
@Named
@ViewScoped
public class ChairTracks implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewAssignments assignments;
  @Inject HandAssignment hand;
  @Inject SignedIn signedIn;

  private String slug;
  private AssignmentOverview overview;

  /** The reviewer chosen per submission number in the table's selects. */
  private final Map<Integer, Long> chosen = new HashMap<>();

  public void load() {
    if (overview == null) {
      overview = assignments.overview(signedIn.accountId(), slug);
    }
  }

  public void assign(int number) {
    if (hand.assign(slug, number, chosen)) {
      backHere();
    }
  }

  public void unassign(int number, Long reviewerId) {
    hand.unassign(slug, number, reviewerId);
    backHere();
  }

  private void backHere() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("review/events/%s/tracks", slug);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public AssignmentOverview getOverview() {
    return overview;
  }

  public Map<Integer, Long> getChosen() {
    return chosen;
  }
}
