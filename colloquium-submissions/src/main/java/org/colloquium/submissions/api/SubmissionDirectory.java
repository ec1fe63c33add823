package org.colloquium.submissions.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions as the modules built on them read them (reviews, programme), without the authors' or
 * organisers' rights applied: the caller decides who may see what. Joins the caller's transaction.
 * Drafts are never answered: they exist only for their authors.
 */
public interface SubmissionDirectory {

  /** A submitted or withdrawn submission; empty for a draft or an unknown id. */
  Optional<SubmissionRecord> find(Long submissionId);

  /** An event's submitted or withdrawn submission by its number. */
  Optional<SubmissionRecord> byNumber(Long eventId, int number);

  /** The submissions with these ids (drafts left out), by event and number. */
  List<SubmissionRecord> byIds(Collection<Long> submissionIds);

  /** An event's submitted submissions (withdrawn ones left out), by number, with their authors. */
  List<SubmissionRecord> submitted(Long eventId);

  /** The same submissions as {@link #submitted}, in outline: one light row each. */
  List<SubmissionOutline> outlines(Long eventId);

  /**
   * Every handed-in submission, of any event, that one of these addresses is an author of: to find
   * who wrote with whom (conflicts of interest) and what a reviewer wrote before (affinity).
   */
  List<SubmissionRecord> authoredBy(Collection<String> emails);

  /**
   * The conflicts of interest the authors of an event's handed-in submissions declared: per
   * submission id, the committee member's account id and the authors' reason.
   */
  Map<Long, Map<Long, String>> declaredConflicts(Long eventId);
}
