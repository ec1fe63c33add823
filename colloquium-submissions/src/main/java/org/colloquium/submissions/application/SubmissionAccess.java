package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventPermissions;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.NotifiedDecision;
import org.colloquium.submissions.api.NotifiedDecisions;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionPermissions;
import org.colloquium.submissions.domain.SubmissionRepository;

/**
 * Loads a submission for an actor together with what decides their rights: the event, its call and
 * the actor's role. Someone who may not see a submission gets "not found", never "forbidden", so
 * guessing ids tells nothing about which exist.
 */
@ApplicationScoped
public class SubmissionAccess {

  @Inject SubmissionRepository submissions;
  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;

  /** The reviews module's answer, when it is deployed. */
  @Inject jakarta.enterprise.inject.Instance<NotifiedDecisions> decisions;

  /**
   * A submission as one actor sees it. {@code organiser}: the actor may manage the event (whatever
   * their role on this submission), and so sees it even while it is unpublished.
   */
  public record Context(
      Submission submission,
      EventRecord event,
      CallRecord call,
      SubmissionRole role,
      AccountRecord actor,
      boolean organiser,
      NotifiedDecision decision) {

    public boolean eventVisible() {
      return event.status().isPublic() || organiser;
    }

    public boolean callOpen(Instant now) {
      return call != null && call.isOpen(now);
    }

    public ZoneId zone() {
      return event.schedule().zone();
    }

    public Instant acceptsUntil() {
      return call == null ? null : call.dates().acceptsUntil();
    }

    /** The end of the final version's window; null without a call. */
    public Instant finalVersionUntil() {
      return call == null ? null : call.dates().finalVersionsUntil(event.schedule().start());
    }

    /** When the final version is due, as announced; null without a call. */
    public Instant finalVersionDue() {
      return call == null ? null : call.dates().finalVersionsDue(event.schedule().start());
    }

    /** The decision as it bears on changes, or null while the authors were told none. */
    public SubmissionPermissions.Decided decided() {
      return SubmissionAccess.decided(decision, call, event);
    }

    /** Whether a change now goes to the final version of an accepted submission. */
    public boolean editsFinalVersion() {
      return SubmissionPermissions.editsFinalVersion(submission.state(), decided());
    }

    public java.util.Optional<ReadOnlyReason> whyNotEditable(Instant now) {
      return SubmissionPermissions.whyNotEditable(
          role, submission.state(), callOpen(now), decided(), now);
    }

    public boolean canWithdraw(Instant now) {
      return SubmissionPermissions.canWithdraw(role, submission.state(), callOpen(now), decided());
    }
  }

  /**
   * @throws NotFoundException if there is no such submission or the actor may not see it
   */
  public Context visible(Long actorId, Long submissionId) {
    AccountRecord actor = actorId == null ? null : accounts.find(actorId).orElse(null);
    Submission submission =
        submissions.find(submissionId).orElseThrow(() -> new NotFoundException("submission"));
    EventRecord event =
        events.find(submission.eventId()).orElseThrow(() -> new NotFoundException("event"));
    boolean organiser =
        actor != null
            && EventPermissions.canManage(
                actor.isPlatformAdministrator(), events.roles(actorId, event.id()));
    SubmissionRole role =
        SubmissionPermissions.roleOf(
            submission, actorId, actor == null ? null : actor.email().value(), organiser);
    if (!SubmissionPermissions.canView(role)) {
      throw new NotFoundException("submission");
    }
    return new Context(
        submission,
        event,
        events.callOf(event.id()).orElse(null),
        role,
        actor,
        organiser,
        decisionOf(submission));
  }

  /** A told decision as it bears on changes: with the end of the final version's window. */
  static SubmissionPermissions.Decided decided(
      NotifiedDecision decision, CallRecord call, EventRecord event) {
    return decision == null
        ? null
        : new SubmissionPermissions.Decided(
            decision.presented(),
            call == null ? null : call.dates().finalVersionsUntil(event.schedule().start()));
  }

  /** The decision the authors were told, if a module deciding on submissions is deployed. */
  public NotifiedDecision decisionOf(Submission submission) {
    if (submission.state() != SubmissionState.SUBMITTED || !decisions.isResolvable()) {
      return null;
    }
    return decisions.get().of(submission.id()).orElse(null);
  }

  /**
   * A submission the actor is about to change now.
   *
   * @throws NotFoundException if the actor may not see it
   * @throws AccessDeniedException if they see it but may not edit it (a read-only co-author)
   * @throws ChangeRefusedException if it is withdrawn, the call no longer accepts changes, or after
   *     a decision: unless it is accepted and its final version still due
   */
  public Context editable(Long actorId, Long submissionId, Instant now) {
    Context context = visible(actorId, submissionId);
    context.whyNotEditable(now).ifPresent(reason -> refuse(context, reason));
    return context;
  }

  static void refuse(Context context, ReadOnlyReason reason) {
    if (reason == ReadOnlyReason.NOT_AN_EDITOR) {
      throw new AccessDeniedException("not an editor of submission " + context.submission().id());
    }
    throw new ChangeRefusedException(
        reason,
        reason == ReadOnlyReason.FINAL_VERSION_CLOSED
            ? context.finalVersionUntil()
            : context.acceptsUntil(),
        context.zone());
  }
}
