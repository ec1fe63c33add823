package org.colloquium.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.colloquium.kernel.config.Settings;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.FileInfo;
import org.colloquium.submissions.api.SubmissionPage;
import org.colloquium.submissions.api.SubmissionRow;
import org.colloquium.submissions.api.SubmissionView;

/** Turns the submissions module's views into the API's documented shapes, with absolute links. */
@ApplicationScoped
public class ApiSubmissionViews {

  @Inject Settings settings;

  public String url(Long submissionId) {
    return settings.baseUrl() + "/api/v1/submissions/" + submissionId;
  }

  public ApiSubmission submission(SubmissionView v) {
    ZoneId zone = v.event().zone();
    return new ApiSubmission(
        v.id(),
        v.number(),
        v.event().slug(),
        name(v.state()),
        name(v.role()),
        v.input().title(),
        v.input().abstractText(),
        v.abstractHtml(),
        v.words(),
        v.input().keywords(),
        v.input().trackId(),
        v.trackName(),
        v.input().presentationTypeId(),
        v.presentationTypeName(),
        v.input().language(),
        v.input().authors().stream().map(ApiSubmissionViews::author).toList(),
        file(v.id(), v.file()),
        v.warnings().stream()
            .map(
                w ->
                    new ApiSubmission.Warning(
                        name(w), w.messageKey(), ApiProblems.text(w.messageKey())))
            .toList(),
        v.coAuthorsNotNotified(),
        v.editable(),
        v.readOnlyReason() == null ? null : name(v.readOnlyReason()),
        v.canWithdraw(),
        v.call() == null ? null : at(v.call().acceptsUntil(), zone),
        at(v.createdAt(), zone),
        at(v.updatedAt(), zone),
        at(v.submittedAt(), zone),
        at(v.withdrawnAt(), zone),
        finalVersion(v, zone),
        url(v.id()));
  }

  private ApiSubmission.FinalVersion finalVersion(SubmissionView v, ZoneId zone) {
    if (v.finalVersionDue() == null) {
      return null;
    }
    FileInfo f = v.finalFile();
    return new ApiSubmission.FinalVersion(
        at(v.finalVersionDue(), zone),
        f == null
            ? null
            : new ApiSubmission.File(
                f.fileName(), f.size(), f.pages(), f.sha256(), url(v.id()) + "/final-file"),
        at(v.finalChangedAt(), zone));
  }

  public ApiSubmissionPage page(SubmissionPage page, int first, int max, ZoneId zone) {
    return new ApiSubmissionPage(
        page.total(), first, max, page.rows().stream().map(r -> item(r, zone)).toList());
  }

  private ApiSubmissionPage.Item item(SubmissionRow r, ZoneId zone) {
    return new ApiSubmissionPage.Item(
        r.id(),
        r.number(),
        r.title(),
        name(r.state()),
        r.track(),
        r.presentationType(),
        r.language(),
        r.keywords(),
        r.authors().stream()
            .map(
                a ->
                    new ApiSubmissionPage.ListedAuthor(
                        a.fullName(), a.email(), a.affiliation(), a.country(), a.presenting()))
            .toList(),
        at(r.submittedAt(), zone),
        r.duplicateOfNumber(),
        file(r.id(), r.file()),
        url(r.id()));
  }

  private ApiSubmission.File file(Long id, FileInfo f) {
    return f == null
        ? null
        : new ApiSubmission.File(f.fileName(), f.size(), f.pages(), f.sha256(), url(id) + "/file");
  }

  private static ApiSubmission.Author author(AuthorEntry a) {
    return new ApiSubmission.Author(
        a.fullName(),
        a.email(),
        a.affiliation(),
        a.country(),
        a.orcid(),
        a.presenting(),
        a.mayEdit());
  }

  /** Enum constants as the API spells them: {@code DEADLINE_PASSED} → {@code deadline-passed}. */
  public static String name(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
