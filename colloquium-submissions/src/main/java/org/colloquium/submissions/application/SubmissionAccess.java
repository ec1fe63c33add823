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
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
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
      boolean organiser) {

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
        submission, event, events.callOf(event.id()).orElse(null), role, actor, organiser);
  }

  /**
   * A submission the actor is about to change now.
   *
   * @throws NotFoundException if the actor may not see it
   * @throws AccessDeniedException if they see it but may not edit it (a read-only co-author)
   * @throws ChangeRefusedException if it is withdrawn or the call no longer accepts changes
   */
  public Context editable(Long actorId, Long submissionId, Instant now) {
    Context context = visible(actorId, submissionId);
    SubmissionPermissions.whyNotEditable(
            context.role(), context.submission().state(), context.callOpen(now))
        .ifPresent(reason -> refuse(context, reason));
    return context;
  }

  static void refuse(Context context, ReadOnlyReason reason) {
    if (reason == ReadOnlyReason.NOT_AN_EDITOR) {
      throw new AccessDeniedException("not an editor of submission " + context.submission().id());
    }
    throw new ChangeRefusedException(reason, context.acceptsUntil(), context.zone());
  }
}
