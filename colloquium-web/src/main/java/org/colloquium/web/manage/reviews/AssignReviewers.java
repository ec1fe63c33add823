package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AssignmentOverview;
import org.colloquium.reviews.api.ReviewAssignments;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/reviews/assignment: who reviews what, with loads; assigning by hand (a
 * conflict of interest is refused with its reason); computing an assignment, previewing it, and
 * committing or discarding it.
 */
@Named
@ViewScoped
public class AssignReviewers implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "run";
  static final String PIN = "pin";
  static final String LOADS = "loads";

  @Inject ReviewAssignments assignments;
  @Inject HandAssignment hand;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private AssignmentOverview overview;
  private boolean balance;

  /** The reviewer chosen per submission number in the table's selects. */
  private final Map<Integer, Long> chosen = new HashMap<>();

  /** The limits typed per reviewer in the reviewers table, as text (blank: the event's). */
  private final Map<Long, String> minLoads = new HashMap<>();

  private final Map<Long, String> maxLoads = new HashMap<>();

  private Integer pinNumber;
  private Long pinReviewer;
  private boolean pinConflicted = true;
  private String pinReason;

  public void load() {
    if (overview == null) {
      overview = assignments.overview(signedIn.accountId(), slug);
      overview
          .reviewers()
          .forEach(
              r -> {
                minLoads.put(r.accountId(), Integer.toString(r.minLoad()));
                maxLoads.put(r.accountId(), Integer.toString(r.maxLoad()));
              });
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

  public void start() {
    try {
      assignments.startRun(signedIn.accountId(), slug, balance);
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    Messages.addGlobalInfo("manage.assignment.started");
    backHere();
  }

  public void cancel(Long runId) {
    assignments.cancelRun(signedIn.accountId(), slug, runId);
    backHere();
  }

  public void commit(Long runId) {
    int added;
    try {
      added = assignments.commitRun(signedIn.accountId(), slug, runId);
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    Messages.addGlobalInfo("manage.assignment.committed", added);
    backHere();
  }

  public void discard(Long runId) {
    assignments.discardRun(signedIn.accountId(), slug, runId);
    Messages.addGlobalInfo("manage.assignment.discarded");
    backHere();
  }

  /** Sets the organiser's word on the pair chosen in the pin form. */
  public void pin() {
    if (pinNumber == null || pinReviewer == null) {
      Messages.addGlobalError("manage.assignment.pin.choose");
      return;
    }
    try {
      assignments.pin(signedIn.accountId(), slug, pinNumber, pinReviewer, pinConflicted, pinReason);
    } catch (ValidationException e) {
      feedback.show(e, PIN);
      return;
    }
    Messages.addGlobalInfo(
        pinConflicted ? "manage.assignment.pinned" : "manage.assignment.lifted", pinNumber);
    backHere();
  }

  public void unpin(int number, Long reviewerId) {
    assignments.unpin(signedIn.accountId(), slug, number, reviewerId);
    Messages.addGlobalInfo("manage.assignment.unpinned", number);
    backHere();
  }

  /** Sets one reviewer's limits from the reviewers table (blank: the event's). */
  public void setLoads(Long reviewerId) {
    Integer min = number(minLoads.get(reviewerId));
    Integer max = number(maxLoads.get(reviewerId));
    if ((min == null && !blank(minLoads.get(reviewerId)))
        || (max == null && !blank(maxLoads.get(reviewerId)))) {
      Messages.addGlobalError("manage.assignment.loads.notNumbers");
      return;
    }
    try {
      assignments.setLoads(signedIn.accountId(), slug, reviewerId, min, max);
    } catch (ValidationException e) {
      feedback.show(e, LOADS);
      return;
    }
    Messages.addGlobalInfo("manage.assignment.loads.saved");
    backHere();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static Integer number(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** One reminder mail to each reviewer with reviews still due. */
  public void remindLate() {
    int reminded;
    try {
      reminded = assignments.remindLate(signedIn.accountId(), slug);
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    Messages.addGlobalInfo("manage.assignment.reminded", reminded);
    backHere();
  }

  public void findConflicts() {
    int found = assignments.findConflicts(signedIn.accountId(), slug);
    Messages.addGlobalInfo("manage.assignment.conflictsFound", found);
    backHere();
  }

  /** Reloads the page (while a run is computing). */
  public void refresh() {
    backHere();
  }

  private void backHere() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/reviews/assignment", slug);
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

  public boolean isBalance() {
    return balance;
  }

  public void setBalance(boolean balance) {
    this.balance = balance;
  }

  public Map<Integer, Long> getChosen() {
    return chosen;
  }

  public Integer getPinNumber() {
    return pinNumber;
  }

  public void setPinNumber(Integer pinNumber) {
    this.pinNumber = pinNumber;
  }

  public Long getPinReviewer() {
    return pinReviewer;
  }

  public void setPinReviewer(Long pinReviewer) {
    this.pinReviewer = pinReviewer;
  }

  public boolean isPinConflicted() {
    return pinConflicted;
  }

  public void setPinConflicted(boolean pinConflicted) {
    this.pinConflicted = pinConflicted;
  }

  public String getPinReason() {
    return pinReason;
  }

  public void setPinReason(String pinReason) {
    this.pinReason = pinReason;
  }

  public Map<Long, String> getMinLoads() {
    return minLoads;
  }

  public Map<Long, String> getMaxLoads() {
    return maxLoads;
  }
}
