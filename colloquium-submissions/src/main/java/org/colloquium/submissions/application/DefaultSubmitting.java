package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfSummary;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.BlindnessWarning;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.FileUpload;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionChange;
import org.colloquium.submissions.api.SubmissionChanged;
import org.colloquium.submissions.api.SubmissionInput;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionSubmitted;
import org.colloquium.submissions.api.SubmissionWithdrawn;
import org.colloquium.submissions.api.Submitting;
import org.colloquium.submissions.domain.AuthorIdentity;
import org.colloquium.submissions.domain.DoubleBlindCheck;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionAuthor;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.domain.SubmissionQuota;
import org.colloquium.submissions.domain.SubmissionRepository;
import org.colloquium.submissions.domain.SubmissionRules;

/** The module's implementation of {@link Submitting}. */
@ApplicationScoped
@Transactional
public class DefaultSubmitting implements Submitting {

  public static final int MAX_IDEMPOTENCY_KEY = 64;

  @Inject SubmissionRepository submissions;
  @Inject SubmissionAccess access;
  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;
  @Inject FileStore files;
  @Inject PdfSummaries summaries;
  @Inject UploadInspection inspection;
  @Inject SubmissionMails mails;
  @Inject Clock clock;
  @Inject Settings settings;

  /** What happened, for the modules built on submissions (reviews); see the api package. */
  @Inject jakarta.enterprise.event.Event<Object> happened;

  @Override
  public SubmissionSaved create(
      Long actorId, String eventSlug, String idempotencyKey, SubmissionChange change) {
    AccountRecord actor =
        accounts.find(actorId).orElseThrow(() -> new AccessDeniedException("account"));
    String key = checkedKey(idempotencyKey);
    Optional<Submission> earlier = submissions.findByIdempotencyKey(actorId, key);
    if (earlier.isPresent()) {
      return saved(earlier.get(), false, List.of());
    }
    EventRecord event =
        events.visible(eventSlug, actorId).orElseThrow(() -> new NotFoundException(eventSlug));
    CallRecord call = events.callOf(event.id()).orElseThrow(() -> new NotFoundException("call"));
    Instant now = clock.instant();
    requireOpen(call, event, now);

    List<Problem> problems = new ArrayList<>();
    SubmissionContent content =
        SubmissionRules.check(
            change.input(), call.rules(), choices(event.id()), change.submit(), problems);
    CheckedPdf pdf = change.file() == null ? null : checkPdf(actorId, change, call, problems);
    SubmissionRules.missingPdf(call.rules(), change.submit(), pdf != null).ifPresent(problems::add);
    ValidationException.throwIfAny(problems);

    events.lockNumbering(event.id());
    // Under the lock a concurrent twin of this request has either committed (found here) or waits.
    earlier = submissions.findByIdempotencyKey(actorId, key);
    if (earlier.isPresent()) {
      return saved(earlier.get(), false, List.of());
    }
    // Under the lock too, so parallel requests of one account cannot pass the limit together.
    SubmissionQuota quota = quota();
    quota.refuseNew(submissions.countBySubmitter(event.id(), actorId)).ifPresent(problems::add);
    if (pdf != null) {
      quota
          .refuseFile(
              submissions.storedBytesBySubmitter(event.id(), actorId), 0, pdf.bytes().length)
          .ifPresent(problems::add);
    }
    ValidationException.throwIfAny(problems);
    Submission submission =
        new Submission(event.id(), submissions.nextNumber(event.id()), actorId, key, content, now);
    List<BlindnessWarning> warnings = List.of();
    if (pdf != null) {
      warnings =
          attach(actorId, submission, pdf, change.stripMetadata(), call, content, now, false);
    }
    submissions.add(submission);
    if (change.submit()) {
      submission.submit(now);
      submissions.flush();
      submission.coAuthorsNotNotified(mails.submitted(submission, event, call, actor, actorId));
    }
    submissions.flush();
    happened.fire(
        change.submit()
            ? submitted(submission, now)
            : new SubmissionChanged(submission.id(), submission.eventId(), false, now));
    return saved(submission, true, warnings);
  }

  @Override
  public SubmissionSaved update(
      Long actorId, Long submissionId, int version, SubmissionChange change) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    if (submission.version() != version) {
      throw new ConflictException("submission.conflict", "version " + version + " is stale");
    }
    boolean wasDraft = submission.state() == SubmissionState.DRAFT;
    boolean complete = change.submit() || !wasDraft;
    // An accepted submission's final version: the texts, the authors and a PDF of its own; the
    // track and type stay those the review placed it in, the reviewed PDF stays as reviewed.
    boolean finalVersion = context.editsFinalVersion();
    SubmissionInput input =
        finalVersion
            ? change.input().placedIn(submission.trackId(), submission.presentationTypeId())
            : change.input();
    CallRecord call = context.call();
    List<Problem> problems = new ArrayList<>();
    SubmissionContent content =
        SubmissionRules.check(
            input, call.rules(), choices(context.event().id()), complete, problems);
    CheckedPdf pdf = change.file() == null ? null : checkPdf(actorId, change, call, problems);
    if (!finalVersion) {
      SubmissionRules.missingPdf(
              call.rules(), complete, pdf != null || submission.fileSha256().isPresent())
          .ifPresent(problems::add);
    }
    if (pdf != null) {
      refuseFileOverQuota(submission, pdf, finalVersion).ifPresent(problems::add);
    }
    ValidationException.throwIfAny(problems);

    Set<String> before = emails(submission);
    List<String> notNotifiedBefore = submission.coAuthorsNotNotified();
    submission.rewrite(content, now);
    submission.clearAuthors();
    flushOrConflict();
    submission.addAuthors(content);
    List<BlindnessWarning> warnings = List.of();
    if (pdf != null) {
      warnings =
          attach(
              actorId, submission, pdf, change.stripMetadata(), call, content, now, finalVersion);
    }
    if (finalVersion) {
      submission.finalVersionChanged(now);
    } else if (change.submit()) {
      submission.submit(now);
    }
    flushOrConflict();
    AccountRecord submitter = accounts.find(submission.submitterId()).orElseThrow();
    if (wasDraft && submission.state() == SubmissionState.SUBMITTED) {
      submission.coAuthorsNotNotified(
          mails.submitted(submission, context.event(), call, submitter, actorId));
    } else if (submission.state() == SubmissionState.SUBMITTED) {
      Set<String> added = emails(submission);
      added.removeAll(before);
      // Those a quota held back last time get their notice now, if the quota allows it today.
      added.addAll(notNotifiedBefore);
      submission.coAuthorsNotNotified(
          mails.toCoAuthors(submission, context.event(), call, submitter, added, actorId));
    }
    flushOrConflict();
    happened.fire(
        wasDraft && submission.state() == SubmissionState.SUBMITTED
            ? submitted(submission, now)
            : changed(submission, now));
    return saved(submission, false, warnings);
  }

  @Override
  public SubmissionSaved submit(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    if (submission.state() != SubmissionState.DRAFT) {
      return saved(submission, false, List.of());
    }
    CallRecord call = context.call();
    List<Problem> problems = new ArrayList<>();
    SubmissionRules.check(
        inputOf(submission.content()), call.rules(), choices(context.event().id()), true, problems);
    SubmissionRules.missingPdf(call.rules(), true, submission.fileSha256().isPresent())
        .ifPresent(problems::add);
    ValidationException.throwIfAny(problems);
    submission.submit(now);
    flushOrConflict();
    submission.coAuthorsNotNotified(
        mails.submitted(
            submission,
            context.event(),
            call,
            accounts.find(submission.submitterId()).orElseThrow(),
            actorId));
    flushOrConflict();
    happened.fire(submitted(submission, now));
    return saved(submission, false, List.of());
  }

  @Override
  public SubmissionSaved replaceFile(
      Long actorId, Long submissionId, FileUpload file, boolean stripMetadata) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    List<Problem> problems = new ArrayList<>();
    CheckedPdf pdf =
        checkPdf(
            actorId,
            new SubmissionChange(null, file, stripMetadata, false),
            context.call(),
            problems);
    Submission submission = context.submission();
    boolean finalVersion = context.editsFinalVersion();
    if (pdf != null) {
      refuseFileOverQuota(submission, pdf, finalVersion).ifPresent(problems::add);
    }
    ValidationException.throwIfAny(problems);
    List<BlindnessWarning> warnings =
        attach(
            actorId,
            submission,
            pdf,
            stripMetadata,
            context.call(),
            submission.content(),
            now,
            finalVersion);
    flushOrConflict();
    happened.fire(changed(submission, now));
    return saved(submission, false, warnings);
  }

  @Override
  public SubmissionSaved stripFileMetadata(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    boolean finalVersion = context.editsFinalVersion();
    FileContent current =
        (finalVersion ? submission.finalFileSha256() : submission.fileSha256())
            .flatMap(files::read)
            .orElseThrow(() -> new NotFoundException("file"));
    String name = finalVersion ? submission.finalFileName() : submission.fileName();
    return replaceFile(actorId, submissionId, new FileUpload(name, current.bytes()), true);
  }

  @Override
  public SubmissionSaved removeFile(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    if (context.editsFinalVersion()) {
      submission.removeFinalFile(now);
      flushOrConflict();
      happened.fire(changed(submission, now));
      return saved(submission, false, List.of());
    }
    SubmissionRules.missingPdf(
            context.call().rules(), submission.state() == SubmissionState.SUBMITTED, false)
        .ifPresent(
            problem -> {
              throw new ValidationException(problem);
            });
    submission.removeFile(now);
    flushOrConflict();
    happened.fire(changed(submission, now));
    return saved(submission, false, List.of());
  }

  @Override
  public SubmissionSaved withdraw(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.visible(actorId, submissionId);
    Submission submission = context.submission();
    if (context.role() != SubmissionRole.SUBMITTER) {
      throw new AccessDeniedException("only the submitter withdraws");
    }
    if (context.decided() != null) {
      // After a decision the programme may count on it: the organisers withdraw it.
      SubmissionAccess.refuse(context, ReadOnlyReason.DECIDED);
    }
    context.whyNotEditable(now).ifPresent(reason -> SubmissionAccess.refuse(context, reason));
    submission.withdraw(now);
    flushOrConflict();
    happened.fire(new SubmissionWithdrawn(submission.id(), submission.eventId(), now));
    return saved(submission, false, List.of());
  }

  private SubmissionQuota quota() {
    return new SubmissionQuota(settings.submissionsPerEvent(), settings.submissionBytesPerEvent());
  }

  /** The submitter's PDFs in the event, with this one instead of the one it replaces. */
  private Optional<Problem> refuseFileOverQuota(
      Submission submission, CheckedPdf pdf, boolean finalVersion) {
    Long replaced = finalVersion ? submission.finalFileSize() : submission.fileSize();
    return quota()
        .refuseFile(
            submissions.storedBytesBySubmitter(submission.eventId(), submission.submitterId()),
            replaced == null ? 0 : replaced,
            pdf.bytes().length);
  }

  private void requireOpen(CallRecord call, EventRecord event, Instant now) {
    if (!call.isOpen(now)) {
      ReadOnlyReason reason =
          call.dates().hasOpened(now)
              ? ReadOnlyReason.DEADLINE_PASSED
              : ReadOnlyReason.NOT_YET_OPEN;
      throw new ChangeRefusedException(
          reason, call.dates().acceptsUntil(), event.schedule().zone());
    }
  }

  private static String checkedKey(String key) {
    if (key == null || key.isBlank() || key.strip().length() > MAX_IDEMPOTENCY_KEY) {
      throw new ValidationException(Problem.global("submission.idempotencyKey.invalid"));
    }
    return key.strip();
  }

  private SubmissionRules.Choices choices(Long eventId) {
    Set<Long> committee = new HashSet<>();
    for (EventRole role : List.of(EventRole.ORGANISER, EventRole.TRACK_CHAIR, EventRole.REVIEWER)) {
      committee.addAll(events.membersWith(eventId, role));
    }
    return new SubmissionRules.Choices(
        ids(events.tracks(eventId)), ids(events.presentationTypes(eventId)), committee);
  }

  private static Set<Long> ids(List<Choice> choices) {
    Set<Long> ids = new HashSet<>();
    choices.forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** A PDF that passed inspection, not yet stored. */
  private record CheckedPdf(String fileName, byte[] bytes, PdfSummary summary) {}

  private CheckedPdf checkPdf(
      Long actorId, SubmissionChange change, CallRecord call, List<Problem> problems) {
    FileUpload file = change.file();
    if (call.rules().pdfPolicy() == PdfPolicy.NOT_ALLOWED) {
      problems.add(Problem.of("file", "submission.file.notAllowed"));
      return null;
    }
    int maxMb = call.rules().maxFileMb();
    PdfLimits limits = PdfLimits.ofMegabytes(maxMb);
    if (call.rules().maxPages() != null) {
      limits = limits.withMaxPages(call.rules().maxPages());
    }
    PdfInspection checked = inspection.pdf(actorId, file.bytes(), limits);
    if (checked instanceof PdfInspection.Refused refused) {
      // Every refusal message gets both limits; each uses the one it is about.
      problems.add(
          Problem.of(
              "file",
              refused.reason().messageKey("submission.pdf."),
              maxMb,
              call.rules().maxPages() == null ? 0 : call.rules().maxPages()));
      return null;
    }
    return new CheckedPdf(
        safeFileName(file.fileName()), file.bytes(), ((PdfInspection.Accepted) checked).summary());
  }

  /** Keeps a name that is safe in a Content-Disposition header and on any file system. */
  static String safeFileName(String name) {
    String base = name.replaceAll("^.*[/\\\\]", "");
    String cleaned = base.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|;]", "_").strip();
    if (cleaned.isEmpty()) {
      cleaned = "submission.pdf";
    }
    if (!cleaned.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      cleaned = cleaned + ".pdf";
    }
    return cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
  }

  private List<BlindnessWarning> attach(
      Long actorId,
      Submission submission,
      CheckedPdf pdf,
      boolean strip,
      CallRecord call,
      SubmissionContent content,
      Instant now,
      boolean finalVersion) {
    byte[] bytes = strip ? stripped(actorId, pdf.bytes()) : pdf.bytes();
    PdfSummary summary = pdf.summary();
    boolean summaryOfStoredBytes = !strip;
    if (strip) {
      PdfInspection again = inspection.pdf(actorId, bytes, PdfLimits.ofBytes(Long.MAX_VALUE));
      if (again instanceof PdfInspection.Accepted accepted) {
        summary = accepted.summary();
        summaryOfStoredBytes = true;
      }
    }
    String sha256 = files.store(new CheckedContent(bytes, "application/pdf"));
    if (summaryOfStoredBytes) {
      summaries.remember(sha256, summary);
    }
    if (finalVersion) {
      // Read by everyone once published: no blindness to check.
      submission.attachFinalFile(sha256, pdf.fileName(), bytes.length, summary.pageCount(), now);
      return List.of();
    }
    submission.attachFile(sha256, pdf.fileName(), bytes.length, summary.pageCount(), now);
    if (call.reviewMode() != ReviewMode.DOUBLE_BLIND) {
      return List.of();
    }
    return DoubleBlindCheck.warnings(
        summary,
        content.authors().stream()
            .map(a -> new AuthorIdentity(a.fullName(), a.email().value()))
            .toList());
  }

  /** The PDF without its metadata, made on the checkers' pool like every other check. */
  private byte[] stripped(Long actorId, byte[] pdf) {
    try {
      return inspection
          .stripMetadata(actorId, pdf)
          .orElseThrow(() -> new ValidationException(Problem.of("file", "submission.pdf.busy")));
    } catch (IllegalArgumentException e) {
      // It passed inspection, so only a file made to stay just under the limits gets here.
      throw new ValidationException(Problem.of("file", "submission.pdf.tooComplex"));
    }
  }

  private static Set<String> emails(Submission submission) {
    Set<String> emails = new HashSet<>();
    submission.authors().forEach(a -> emails.add(a.email()));
    return emails;
  }

  private void flushOrConflict() {
    try {
      submissions.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("submission.conflict", e.getMessage());
    }
  }

  static SubmissionInput inputOf(SubmissionContent content) {
    return new SubmissionInput(
        content.title(),
        content.abstractText(),
        content.keywords(),
        content.trackId(),
        content.presentationTypeId(),
        content.language(),
        content.authors().stream()
            .map(
                a ->
                    new org.colloquium.submissions.api.AuthorEntry(
                        a.fullName(),
                        a.email().value(),
                        a.affiliation(),
                        a.country(),
                        a.orcid() == null ? null : a.orcid().value(),
                        a.presenting(),
                        a.mayEdit()))
            .toList(),
        content.declaredConflicts());
  }

  private static SubmissionSubmitted submitted(Submission s, Instant now) {
    return new SubmissionSubmitted(s.id(), s.eventId(), s.number(), now);
  }

  private static SubmissionChanged changed(Submission s, Instant now) {
    return new SubmissionChanged(s.id(), s.eventId(), s.state() == SubmissionState.SUBMITTED, now);
  }

  private static SubmissionSaved saved(
      Submission s, boolean created, List<BlindnessWarning> warnings) {
    return new SubmissionSaved(
        s.id(), s.number(), s.version(), s.state(), created, warnings, s.coAuthorsNotNotified());
  }

  static List<String> authorEmails(Submission s) {
    return s.authors().stream().map(SubmissionAuthor::email).toList();
  }
}
