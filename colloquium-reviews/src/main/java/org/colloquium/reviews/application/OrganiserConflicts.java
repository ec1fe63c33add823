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

  /** Of {@code among}, the ids of those the actor is conflicted with. */
  public Set<Long> conflictedFor(Long actorId, Long eventId, List<SubmissionRecord> among) {
    Set<Long> found = new HashSet<>(conflicts.conflictedSubmissions(eventId, actorId));
    String email = emailOf(actorId);
    among.stream().filter(s -> isAuthor(actorId, email, s)).forEach(s -> found.add(s.id()));
    found.retainAll(among.stream().map(SubmissionRecord::id).collect(Collectors.toSet()));
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
