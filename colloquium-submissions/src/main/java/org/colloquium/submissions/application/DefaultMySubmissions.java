package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.events.api.CallCatalogue;
import org.colloquium.events.api.CallPage;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.CallState;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.text.Markdown;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.BlindnessWarning;
import org.colloquium.submissions.api.MySubmissionRow;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionInput;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.submissions.api.WordCount;
import org.colloquium.submissions.domain.AuthorIdentity;
import org.colloquium.submissions.domain.DoubleBlindCheck;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionPermissions;
import org.colloquium.submissions.domain.SubmissionRepository;

/** The module's implementation of {@link MySubmissions}. */
@ApplicationScoped
@Transactional
public class DefaultMySubmissions implements MySubmissions {

  @Inject SubmissionRepository submissions;
  @Inject SubmissionAccess access;
  @Inject EventDirectory events;
  @Inject CallCatalogue calls;
  @Inject AccountDirectory accounts;
  @Inject FileStore files;
  @Inject PdfSummaries summaries;
  @Inject Clock clock;

  @Override
  public SubmissionView blankForm(Long actorId, String eventSlug) {
    AccountRecord actor =
        accounts.find(actorId).orElseThrow(() -> new AccessDeniedException("account"));
    CallPage page =
        calls
            .page(eventSlug, actorId)
            .filter(CallPage::hasCall)
            .orElseThrow(() -> new NotFoundException(eventSlug));
    EventRecord event = events.findBySlug(eventSlug).orElseThrow();
    var profile = actor.profile();
    AuthorEntry me =
        new AuthorEntry(
            profile.fullName(),
            actor.email().value(),
            profile.affiliation(),
            profile.country(),
            profile.orcid() == null ? null : profile.orcid().value(),
            true,
            true);
    SubmissionInput input =
        new SubmissionInput(
            null, null, List.of(), null, null, event.contentLanguage().code(), List.of(me));
    Instant now = clock.instant();
    return new SubmissionView(
        page.event(),
        page.call(),
        events.tracks(event.id()),
        events.presentationTypes(event.id()),
        committee(event.id()),
        null,
        null,
        0,
        null,
        SubmissionRole.SUBMITTER,
        input,
        "",
        0,
        null,
        List.of(),
        actor.fullName(),
        null,
        null,
        null,
        null,
        null,
        readOnlyReason(page.call().state()),
        false,
        List.of(),
        null,
        null,
        null,
        null);
  }

  /** A call not open yet is not a passed deadline: the form says when it opens instead. */
  static ReadOnlyReason readOnlyReason(CallState state) {
    return switch (state) {
      case OPEN -> null;
      case UPCOMING -> ReadOnlyReason.NOT_YET_OPEN;
      case CLOSED -> ReadOnlyReason.DEADLINE_PASSED;
    };
  }

  @Override
  public SubmissionView view(Long actorId, Long submissionId) {
    SubmissionAccess.Context context = access.visible(actorId, submissionId);
    Submission s = context.submission();
    Instant now = clock.instant();
    // An unpublished event hides its submissions from all but its organisers, as it hides itself.
    if (!context.eventVisible()) {
      throw new NotFoundException("event");
    }
    CallPage page = calls.pageOf(s.eventId());
    ReadOnlyReason reason = context.whyNotEditable(now).orElse(null);
    // Organisers read decisions on the review pages; this page shows what authors were told.
    boolean author = context.role() != SubmissionRole.ORGANISER;
    Integer duplicateOf =
        s.duplicateOf().flatMap(submissions::find).map(Submission::number).orElse(null);
    return new SubmissionView(
        page.event(),
        page.call(),
        events.tracks(s.eventId()),
        events.presentationTypes(s.eventId()),
        committee(s.eventId()),
        s.id(),
        s.number(),
        s.version(),
        s.state(),
        context.role(),
        DefaultSubmitting.inputOf(s.content()),
        Markdown.toSafeHtml(s.abstractText()),
        WordCount.of(s.abstractText()),
        s.fileInfo(),
        warnings(s, context.call()),
        accounts.find(s.submitterId()).map(AccountRecord::fullName).orElse(""),
        s.createdAt(),
        s.updatedAt(),
        s.submittedAt().orElse(null),
        s.withdrawnAt().orElse(null),
        duplicateOf,
        reason,
        context.canWithdraw(now),
        s.coAuthorsNotNotified(),
        author ? context.decision() : null,
        context.editsFinalVersion() ? context.finalVersionDue() : null,
        s.finalFileInfo(),
        s.finalChangedAt().orElse(null));
  }

  @Override
  public List<MySubmissionRow> list(Long actorId) {
    AccountRecord actor =
        accounts.find(actorId).orElseThrow(() -> new AccessDeniedException("account"));
    List<Submission> mine = submissions.ofPerson(actorId, actor.email().value());
    if (mine.isEmpty()) {
      return List.of();
    }
    Map<Long, EventRecord> byId =
        events.byIds(mine.stream().map(Submission::eventId).distinct().toList()).stream()
            .collect(Collectors.toMap(EventRecord::id, Function.identity()));
    Map<Long, CallRecord> callByEvent = new HashMap<>();
    byId.keySet().forEach(id -> events.callOf(id).ifPresent(c -> callByEvent.put(id, c)));
    Instant now = clock.instant();
    List<MySubmissionRow> rows = new ArrayList<>();
    for (Submission s : mine) {
      EventRecord event = byId.get(s.eventId());
      CallRecord call = callByEvent.get(s.eventId());
      SubmissionRole role = SubmissionPermissions.roleOf(s, actorId, actor.email().value(), false);
      boolean open = call != null && call.isOpen(now);
      SubmissionPermissions.Decided decided =
          SubmissionAccess.decided(access.decisionOf(s), call, event);
      boolean finalVersion = SubmissionPermissions.editsFinalVersion(s.state(), decided);
      rows.add(
          new MySubmissionRow(
              s.id(),
              s.number(),
              event.slug().value(),
              event.title(),
              event.contentLanguage(),
              s.title(),
              s.state(),
              role,
              s.updatedAt(),
              s.submittedAt().orElse(null),
              call == null
                  ? null
                  : finalVersion
                      ? call.dates().finalVersionsDue(event.schedule().start())
                      : call.abstractDeadline(),
              event.schedule().zone(),
              SubmissionPermissions.whyNotEditable(role, s.state(), open, decided, now)
                  .orElse(null),
              finalVersion));
    }
    return rows;
  }

  @Override
  public String eventSlugOf(Long actorId, Long submissionId) {
    return access.visible(actorId, submissionId).event().slug().value();
  }

  @Override
  public ServedFile file(Long actorId, Long submissionId) {
    Submission s = access.visible(actorId, submissionId).submission();
    FileContent content =
        s.fileSha256().flatMap(files::read).orElseThrow(() -> new NotFoundException("file"));
    return new ServedFile(content.bytes(), "application/pdf", s.fileName(), content.sha256());
  }

  @Override
  public ServedFile finalFile(Long actorId, Long submissionId) {
    Submission s = access.visible(actorId, submissionId).submission();
    FileContent content =
        s.finalFileSha256().flatMap(files::read).orElseThrow(() -> new NotFoundException("file"));
    return new ServedFile(content.bytes(), "application/pdf", s.finalFileName(), content.sha256());
  }

  private List<BlindnessWarning> warnings(Submission s, CallRecord call) {
    if (call == null || call.reviewMode() != ReviewMode.DOUBLE_BLIND || s.fileSha256().isEmpty()) {
      return List.of();
    }
    return s.fileSha256()
        .flatMap(summaries::of)
        .map(
            summary ->
                DoubleBlindCheck.warnings(
                    summary,
                    s.authors().stream()
                        .map(a -> new AuthorIdentity(a.fullName(), a.email()))
                        .toList()))
        .orElse(List.of());
  }

  /**
   * The committee members an author may declare a conflict of interest with (organisers, track
   * chairs, reviewers), by name.
   */
  List<Choice> committee(Long eventId) {
    Set<Long> ids = new LinkedHashSet<>();
    for (EventRole role : List.of(EventRole.ORGANISER, EventRole.TRACK_CHAIR, EventRole.REVIEWER)) {
      ids.addAll(events.membersWith(eventId, role));
    }
    return accounts.names(ids).entrySet().stream()
        .map(e -> new Choice(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Choice::name, Collator.getInstance(Locale.ROOT)))
        .toList();
  }
}
