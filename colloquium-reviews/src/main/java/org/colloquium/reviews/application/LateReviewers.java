package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.phase.ReviewDeadline;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * Reviewers with assigned submissions whose review is not submitted: reminded by an organiser's
 * click, and automatically so many days before reviews are due.
 */
@ApplicationScoped
public class LateReviewers {

  @Inject ReviewAccess access;
  @Inject ReviewSetupRepository setups;
  @Inject SubmissionDirectory submissions;
  @Inject AssignmentRepository assignments;
  @Inject ReviewRepository reviews;
  @Inject ConflictRepository conflicts;
  @Inject ReviewMails mails;

  /** Per late reviewer, the submissions still due (conflicted pairs left out). */
  @Transactional(Transactional.TxType.MANDATORY)
  Map<Long, List<SubmissionRecord>> of(Long eventId) {
    Set<Long> done =
        reviews.ofEvent(eventId).stream()
            .filter(Review::submitted)
            .map(Review::assignmentId)
            .collect(Collectors.toSet());
    Map<Long, SubmissionRecord> records =
        submissions.submitted(eventId).stream()
            .collect(Collectors.toMap(SubmissionRecord::id, Function.identity()));
    Map<Long, List<SubmissionRecord>> late = new LinkedHashMap<>();
    for (ReviewAssignment a : assignments.ofEvent(eventId)) {
      SubmissionRecord s = records.get(a.submissionId());
      if (a.active()
          && s != null
          && !done.contains(a.id())
          && !conflicts.conflicted(a.submissionId(), a.accountId())) {
        late.computeIfAbsent(a.accountId(), id -> new ArrayList<>()).add(s);
      }
    }
    return late;
  }

  /** The events whose automatic reminder is due now. */
  @Transactional
  public List<Long> dueForReminder() {
    Instant now = access.now();
    return setups.all().stream()
        .filter(
            s ->
                ReviewDeadline.remindNow(
                    s.reviewsDueAt(), s.remindDaysBefore(), s.autoRemindedFor(), now))
        .map(ReviewSetup::eventId)
        .toList();
  }

  /**
   * Sends an event's automatic reminder, if it is still due (checked again under a lock, so that
   * two servers send it once) and reviewers may still review.
   *
   * @return how many reviewers were reminded
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int remindBeforeDue(Long eventId) {
    ReviewSetup setup = setups.locked(eventId).orElse(null);
    Instant now = access.now();
    if (setup == null
        || !ReviewDeadline.remindNow(
            setup.reviewsDueAt(), setup.remindDaysBefore(), setup.autoRemindedFor(), now)) {
      return 0;
    }
    Instant due = setup.reviewsDueAt().orElseThrow();
    setup.autoReminded(due);
    ReviewContext context = access.ofEvent(eventId).orElse(null);
    if (context == null || !access.rules(context).reviewersReview()) {
      return 0;
    }
    Map<Long, List<SubmissionRecord>> late = of(eventId);
    mails.remindedBeforeDue(context, late, due);
    return late.size();
  }
}
