package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.reviews.api.PresentedSubmissions;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * Who may speak for a presented submission on its page: its submitter and its authors, matched by
 * address. The same answer (empty) for a submission that does not exist, is not presented or is
 * someone else's, so a page cannot tell which submissions were accepted. Joins the caller's
 * transaction.
 */
@ApplicationScoped
class PresentedToItsAuthors {

  @Inject SubmissionDirectory submissions;
  @Inject PresentedSubmissions presented;
  @Inject AccountDirectory accounts;

  Optional<SubmissionRecord> find(Long actorId, Long submissionId) {
    if (actorId == null || submissionId == null) {
      return Optional.empty();
    }
    Optional<SubmissionRecord> found = submissions.find(submissionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SubmissionRecord submission = found.get();
    String actorEmail =
        accounts.find(actorId).map(a -> key(a.email().value())).orElse("\u0000none");
    boolean author =
        submission.submitterId().equals(actorId)
            || submission.authors().stream().anyMatch(a -> key(a.email()).equals(actorEmail));
    if (!author
        || presented.inEvent(submission.eventId()).stream()
            .noneMatch(p -> p.submissionId().equals(submissionId))) {
      return Optional.empty();
    }
    return found;
  }

  static String key(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
