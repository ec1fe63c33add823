package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventPermissions;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.submissions.domain.ReadOnlyReason;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionPermissions;
import org.colloquium.submissions.domain.SubmissionRepository;
import org.colloquium.submissions.domain.SubmissionRole;

/**
 * Loads a submission for an actor together with what decides their rights: the event, its call and
 * the actor's role. Someone who may not see a submission gets "not found", never "forbidden", so
 * guessing ids tells nothing about which exist.
 */
@ApplicationScoped
public class SubmissionAccess {

  @Inject SubmissionRepository submissions;
  @Inject EventRepository events;
  @Inject EventAccess eventAccess;
  @Inject AccountRepository accounts;

  /**
   * A submission as one actor sees it. {@code organiser}: the actor may manage the event (whatever
   * their role on this submission), and so sees it even while it is unpublished.
   */
  public record Context(
      Submission submission,
      Event event,
      CallForPapers call,
      SubmissionRole role,
      Account actor,
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
    Account actor = actorId == null ? null : accounts.find(actorId).orElse(null);
    Submission submission =
        submissions.find(submissionId).orElseThrow(() -> new NotFoundException("submission"));
    Event event =
        events.find(submission.eventId()).orElseThrow(() -> new NotFoundException("event"));
    boolean organiser =
        actor != null
            && EventPermissions.canManage(
                actor.isPlatformAdministrator(), eventAccess.roles(actorId, event));
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
