package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * Which submissions an organiser may not decide, read the reviews of, or export: those they wrote
 * (as submitter, or by their address among the authors) and those a conflict of interest holds them
 * from. Joins the caller's transaction.
 */
@ApplicationScoped
public class OrganiserConflicts {

  @Inject AccountDirectory accounts;
  @Inject ConflictRepository conflicts;
  @Inject org.colloquium.submissions.api.SubmissionDirectory submissions;

  /** Of {@code among}, the ids of those the actor is conflicted with. */
  public Set<Long> conflictedFor(Long actorId, Long eventId, List<SubmissionRecord> among) {
    Set<Long> found = new HashSet<>(conflicts.conflictedSubmissions(eventId, actorId));
    String email = emailOf(actorId);
    among.stream().filter(s -> isAuthor(actorId, email, s)).forEach(s -> found.add(s.id()));
    found.retainAll(among.stream().map(SubmissionRecord::id).collect(Collectors.toSet()));
    return found;
  }

  /**
   * Of {@code among} (outlines, without authors), the ids of those the actor wrote: as submitter,
   * or by their address among the authors (asked of the submissions module, for the actor alone).
   */
  public Set<Long> authoredAmong(
      Long actorId, List<org.colloquium.submissions.api.SubmissionOutline> among) {
    Set<Long> ids = new HashSet<>();
    among.forEach(s -> ids.add(s.id()));
    Set<Long> found = new HashSet<>();
    among.stream().filter(s -> actorId.equals(s.submitterId())).forEach(s -> found.add(s.id()));
    String email = emailOf(actorId);
    if (email != null) {
      submissions.authoredBy(List.of(email)).stream()
          .map(SubmissionRecord::id)
          .filter(ids::contains)
          .forEach(found::add);
    }
    return found;
  }

  /** As {@link #conflictedFor}, for outlines, with what the actor wrote among them known. */
  public Set<Long> conflictedAmong(
      Long actorId,
      Long eventId,
      List<org.colloquium.submissions.api.SubmissionOutline> among,
      Set<Long> authored) {
    Set<Long> found = new HashSet<>(conflicts.conflictedSubmissions(eventId, actorId));
    found.addAll(authored);
    found.retainAll(
        among.stream()
            .map(org.colloquium.submissions.api.SubmissionOutline::id)
            .collect(Collectors.toSet()));
    return found;
  }

  public boolean isAuthor(Long actorId, SubmissionRecord s) {
    return isAuthor(actorId, emailOf(actorId), s);
  }

  private String emailOf(Long actorId) {
    return accounts.find(actorId).map(a -> a.email().value()).orElse(null);
  }

  static boolean isAuthor(Long actorId, String email, SubmissionRecord s) {
    return actorId.equals(s.submitterId())
        || (email != null && s.authors().stream().anyMatch(a -> email.equalsIgnoreCase(a.email())));
  }
}
