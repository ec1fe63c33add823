package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.OtherReviews;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.api.PhaseView;
import org.colloquium.reviews.api.ReviewSetupView;
import org.colloquium.reviews.api.ReviewSetups;
import org.colloquium.reviews.api.SetupChange;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/reviews: the review's numbers (reviews per submission, loads), its five
 * phases with their start and rules, a switch of phase by hand, and the review form.
 */
@Named
@ViewScoped
public class ReviewSetupPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "setup";

  @Inject ReviewSetups setups;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private ReviewSetupView setup;
  private int reviewsPerSubmission;
  private int minLoad;
  private int maxLoad;
  private int remindDaysBefore;
  private List<PhaseFields> phases;

  /** One phase as the form edits it (bean properties for EL). */
  public static class PhaseFields implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PhaseKind kind;
    private String startsAt;
    private boolean skipped;
    private boolean reviewersBid;
    private boolean reviewersReview;
    private OtherReviews otherReviews;
    private boolean reviewerNames;
    private boolean authorsRespond;
    private boolean authorsSeeReviews;
    private final boolean organisersDecide;
    private final boolean organisersNotify;
    private final boolean current;

    PhaseFields(PhaseView view) {
      this.kind = view.kind();
      this.startsAt = view.startsAt() == null ? null : view.startsAt().toString();
      this.skipped = view.skipped();
      PhaseRules rules = view.rules();
      this.reviewersBid = rules.reviewersBid();
      this.reviewersReview = rules.reviewersReview();
      this.otherReviews = rules.otherReviews();
      this.reviewerNames = rules.reviewerNames();
      this.authorsRespond = rules.authorsRespond();
      this.authorsSeeReviews = rules.authorsSeeReviews();
      this.organisersDecide = rules.organisersDecide();
      this.organisersNotify = rules.organisersNotify();
      this.current = view.current();
    }

    SetupChange.PhaseChange change() {
      return new SetupChange.PhaseChange(
          kind,
          startsAt,
          skipped,
          new PhaseRules(
              reviewersBid,
              reviewersReview,
              otherReviews,
              reviewerNames,
              authorsRespond,
              authorsSeeReviews,
              organisersDecide,
              organisersNotify));
    }

    public PhaseKind getKind() {
      return kind;
    }

    public boolean isCurrent() {
      return current;
    }

    public String getStartsAt() {
      return startsAt;
    }

    public void setStartsAt(String startsAt) {
      this.startsAt = startsAt;
    }

    public boolean isSkipped() {
      return skipped;
    }

    public void setSkipped(boolean skipped) {
      this.skipped = skipped;
    }

    public boolean isReviewersBid() {
      return reviewersBid;
    }

    public void setReviewersBid(boolean reviewersBid) {
      this.reviewersBid = reviewersBid;
    }

    public boolean isReviewersReview() {
      return reviewersReview;
    }

    public void setReviewersReview(boolean reviewersReview) {
      this.reviewersReview = reviewersReview;
    }

    public OtherReviews getOtherReviews() {
      return otherReviews;
    }

    public void setOtherReviews(OtherReviews otherReviews) {
      this.otherReviews = otherReviews;
    }

    public boolean isReviewerNames() {
      return reviewerNames;
    }

    public void setReviewerNames(boolean reviewerNames) {
      this.reviewerNames = reviewerNames;
    }

    public boolean isAuthorsRespond() {
      return authorsRespond;
    }

    public void setAuthorsRespond(boolean authorsRespond) {
      this.authorsRespond = authorsRespond;
    }

    public boolean isAuthorsSeeReviews() {
      return authorsSeeReviews;
    }

    public void setAuthorsSeeReviews(boolean authorsSeeReviews) {
      this.authorsSeeReviews = authorsSeeReviews;
    }
  }

  public void load() {
    if (setup == null) {
      show(setups.setup(signedIn.accountId(), slug));
    }
  }

  private void show(ReviewSetupView view) {
    setup = view;
    reviewsPerSubmission = view.reviewsPerSubmission();
    minLoad = view.minLoad();
    maxLoad = view.maxLoad();
    remindDaysBefore = view.remindDaysBefore();
    phases = new ArrayList<>(view.phases().stream().map(PhaseFields::new).toList());
  }

  public void save() {
    try {
      setups.change(
          signedIn.accountId(),
          slug,
          new SetupChange(
              setup.version(),
              reviewsPerSubmission,
              minLoad,
              maxLoad,
              remindDaysBefore,
              phases.stream().map(PhaseFields::change).toList()));
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    Messages.addGlobalInfo("manage.reviews.saved");
    backHere();
  }

  public void switchTo(PhaseKind kind) {
    setups.switchTo(signedIn.accountId(), slug, kind);
    Messages.addGlobalInfo("manage.reviews.switched", feedback.text("reviews.phase." + kind));
    backHere();
  }

  private void backHere() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/reviews", slug);
  }

  public OtherReviews[] getOtherReviewsChoices() {
    return OtherReviews.values();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The hint under the reminder's field: when reviews are due, if the phases say. */
  public String getDueText() {
    if (setup == null || setup.reviewsDueAt() == null) {
      return feedback.text("manage.reviews.remind.noDue");
    }
    return feedback.text(
        "manage.reviews.remind.due",
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(setup.reviewsDueAt().atZone(setup.zone())),
        setup.zone().getId());
  }

  public ReviewSetupView getSetup() {
    return setup;
  }

  public int getReviewsPerSubmission() {
    return reviewsPerSubmission;
  }

  public void setReviewsPerSubmission(int reviewsPerSubmission) {
    this.reviewsPerSubmission = reviewsPerSubmission;
  }

  public int getMinLoad() {
    return minLoad;
  }

  public void setMinLoad(int minLoad) {
    this.minLoad = minLoad;
  }

  public int getMaxLoad() {
    return maxLoad;
  }

  public void setMaxLoad(int maxLoad) {
    this.maxLoad = maxLoad;
  }

  public int getRemindDaysBefore() {
    return remindDaysBefore;
  }

  public void setRemindDaysBefore(int remindDaysBefore) {
    this.remindDaysBefore = remindDaysBefore;
  }

  public List<PhaseFields> getPhases() {
    return phases;
  }
}
