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
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.PdfPolicy;
import org.colloquium.events.domain.ReviewMode;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.files.application.FileContent;
import org.colloquium.kernel.files.application.FileStore;
import org.colloquium.kernel.files.application.UploadInspection;
import org.colloquium.kernel.files.domain.CheckedContent;
import org.colloquium.kernel.files.domain.PdfInspection;
import org.colloquium.kernel.files.domain.PdfLimits;
import org.colloquium.kernel.files.domain.PdfSummary;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.domain.AuthorIdentity;
import org.colloquium.submissions.domain.BlindnessWarning;
import org.colloquium.submissions.domain.Choice;
import org.colloquium.submissions.domain.DoubleBlindCheck;
import org.colloquium.submissions.domain.ReadOnlyReason;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionAuthor;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.domain.SubmissionInput;
import org.colloquium.submissions.domain.SubmissionPermissions;
import org.colloquium.submissions.domain.SubmissionQuota;
import org.colloquium.submissions.domain.SubmissionRepository;
import org.colloquium.submissions.domain.SubmissionRole;
import org.colloquium.submissions.domain.SubmissionRules;
import org.colloquium.submissions.domain.SubmissionState;

/**
 * Authors' writes: create (as a draft or handed in at once), change, attach a PDF, submit and
 * withdraw. The call's deadline (plus grace period) is checked against the clock at the moment of
 * the write, inside the transaction that writes. A request repeated with the same idempotency key
 * (a double click, a client's retry) answers with the submission the first one created. One
 * account's submissions to an event and the bytes of their PDFs are limited ({@link
 * SubmissionQuota}); co-author notices held back by a mail quota are remembered on the submission
 * and tried again at its next save.
 */
@ApplicationScoped
@Transactional
public class Submitting {

  public static final int MAX_IDEMPOTENCY_KEY = 64;

  @Inject SubmissionRepository submissions;
  @Inject SubmissionAccess access;
  @Inject EventRepository events;
  @Inject EventAccess eventAccess;
  @Inject AccountRepository accounts;
  @Inject FileStore files;
  @Inject PdfSummaries summaries;
  @Inject UploadInspection inspection;
  @Inject SubmissionMails mails;
  @Inject Clock clock;
  @Inject Settings settings;

  /**
   * @throws NotFoundException if the event is not visible to the actor or has no call
   * @throws ChangeRefusedException if the call does not accept submissions now
   * @throws ValidationException with every problem of the form or the file
   */
  public SubmissionSaved create(
      Long actorId, String eventSlug, String idempotencyKey, SubmissionChange change) {
    Account actor = accounts.find(actorId).orElseThrow(() -> new AccessDeniedException("account"));
    String key = checkedKey(idempotencyKey);
    Optional<Submission> earlier = submissions.findByIdempotencyKey(actorId, key);
    if (earlier.isPresent()) {
      return saved(earlier.get(), false, List.of());
    }
    Event event =
        eventAccess.visible(eventSlug, actorId).orElseThrow(() -> new NotFoundException(eventSlug));
    CallForPapers call = events.callOf(event.id()).orElseThrow(() -> new NotFoundException("call"));
    Instant now = clock.instant();
    requireOpen(call, event, now);

    List<Problem> problems = new ArrayList<>();
    SubmissionContent content =
        SubmissionRules.check(
            change.input(), call.rules(), choices(event.id()), change.submit(), problems);
    CheckedPdf pdf = change.file() == null ? null : checkPdf(actorId, change, call, problems);
    if (change.submit() && pdf == null && call.rules().pdfPolicy() == PdfPolicy.REQUIRED) {
      problems.add(Problem.of("file", "submission.file.required"));
    }
    ValidationException.throwIfAny(problems);

    submissions.lockNumbering(event.id());
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
      warnings = attach(actorId, submission, pdf, change.stripMetadata(), call, content, now);
    }
    submissions.add(submission);
    if (change.submit()) {
      submission.submit(now);
      submissions.flush();
      submission.coAuthorsNotNotified(mails.submitted(submission, event, call, actor, actorId));
    }
    submissions.flush();
    return saved(submission, true, warnings);
  }

  /**
   * Saves the form over the submission if nobody saved it since {@code version} was read. A
   * submission already handed in must stay complete: it is checked with every rule.
   *
   * @throws ConflictException if someone saved it in between (the form keeps what was typed)
   */
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
    CallForPapers call = context.call();
    List<Problem> problems = new ArrayList<>();
    SubmissionContent content =
        SubmissionRules.check(
            change.input(), call.rules(), choices(context.event().id()), complete, problems);
    CheckedPdf pdf = change.file() == null ? null : checkPdf(actorId, change, call, problems);
    if (complete
        && pdf == null
        && submission.fileSha256().isEmpty()
        && call.rules().pdfPolicy() == PdfPolicy.REQUIRED) {
      problems.add(Problem.of("file", "submission.file.required"));
    }
    if (pdf != null) {
      refuseFileOverQuota(submission, pdf).ifPresent(problems::add);
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
      warnings = attach(actorId, submission, pdf, change.stripMetadata(), call, content, now);
    }
    if (change.submit()) {
      submission.submit(now);
    }
    flushOrConflict();
    Account submitter = accounts.find(submission.submitterId()).orElseThrow();
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
    return saved(submission, false, warnings);
  }

  /** Hands in a draft as it is saved. Handing in twice changes nothing. */
  public SubmissionSaved submit(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    if (submission.state() != SubmissionState.DRAFT) {
      return saved(submission, false, List.of());
    }
    CallForPapers call = context.call();
    List<Problem> problems = new ArrayList<>();
    SubmissionRules.check(
        inputOf(submission.content()), call.rules(), choices(context.event().id()), true, problems);
    if (submission.fileSha256().isEmpty() && call.rules().pdfPolicy() == PdfPolicy.REQUIRED) {
      problems.add(Problem.of("file", "submission.file.required"));
    }
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
    return saved(submission, false, List.of());
  }

  /** Attaches (or replaces) the PDF; answers what the double-blind check found. */
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
    if (pdf != null) {
      refuseFileOverQuota(submission, pdf).ifPresent(problems::add);
    }
    ValidationException.throwIfAny(problems);
    List<BlindnessWarning> warnings =
        attach(actorId, submission, pdf, stripMetadata, context.call(), submission.content(), now);
    flushOrConflict();
    return saved(submission, false, warnings);
  }

  /** Removes the PDF metadata (Info and XMP) of the attached file, storing the cleaned copy. */
  public SubmissionSaved stripFileMetadata(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    FileContent current =
        submission
            .fileSha256()
            .flatMap(files::read)
            .orElseThrow(() -> new NotFoundException("file"));
    return replaceFile(
        actorId, submissionId, new FileUpload(submission.fileName(), current.bytes()), true);
  }

  /** Removes the PDF, unless the call requires one and the submission is handed in. */
  public SubmissionSaved removeFile(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.editable(actorId, submissionId, now);
    Submission submission = context.submission();
    if (submission.state() == SubmissionState.SUBMITTED
        && context.call().rules().pdfPolicy() == PdfPolicy.REQUIRED) {
      throw new ValidationException(Problem.of("file", "submission.file.required"));
    }
    submission.removeFile(now);
    flushOrConflict();
    return saved(submission, false, List.of());
  }

  /**
   * Withdraws for good. Only the submitter may, and only while the call accepts changes.
   *
   * @throws NotFoundException if the actor may not see the submission
   * @throws AccessDeniedException if they see it but are not its submitter
   */
  public SubmissionSaved withdraw(Long actorId, Long submissionId) {
    Instant now = clock.instant();
    SubmissionAccess.Context context = access.visible(actorId, submissionId);
    Submission submission = context.submission();
    if (context.role() != SubmissionRole.SUBMITTER) {
      throw new AccessDeniedException("only the submitter withdraws");
    }
    SubmissionPermissions.whyNotEditable(context.role(), submission.state(), context.callOpen(now))
        .ifPresent(reason -> SubmissionAccess.refuse(context, reason));
    submission.withdraw(now);
    flushOrConflict();
    return saved(submission, false, List.of());
  }

  private SubmissionQuota quota() {
    return new SubmissionQuota(settings.submissionsPerEvent(), settings.submissionBytesPerEvent());
  }

  /** The submitter's PDFs in the event, with this one instead of the one it replaces. */
  private Optional<Problem> refuseFileOverQuota(Submission submission, CheckedPdf pdf) {
    return quota()
        .refuseFile(
            submissions.storedBytesBySubmitter(submission.eventId(), submission.submitterId()),
            submission.fileSize() == null ? 0 : submission.fileSize(),
            pdf.bytes().length);
  }

  private void requireOpen(CallForPapers call, Event event, Instant now) {
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
    return new SubmissionRules.Choices(
        ids(submissions.tracksOf(eventId)), ids(submissions.presentationTypesOf(eventId)));
  }

  private static Set<Long> ids(List<Choice> choices) {
    Set<Long> ids = new HashSet<>();
    choices.forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** A PDF that passed inspection, not yet stored. */
  private record CheckedPdf(String fileName, byte[] bytes, PdfSummary summary) {}

  private CheckedPdf checkPdf(
      Long actorId, SubmissionChange change, CallForPapers call, List<Problem> problems) {
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
      CallForPapers call,
      SubmissionContent content,
      Instant now) {
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
                    new org.colloquium.submissions.domain.AuthorEntry(
                        a.fullName(),
                        a.email().value(),
                        a.affiliation(),
                        a.country(),
                        a.orcid() == null ? null : a.orcid().value(),
                        a.presenting(),
                        a.mayEdit()))
            .toList());
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
