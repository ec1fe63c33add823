package org.colloquium.web.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One submission as its authors and the event's organisers read it through the API. */
@Schema(name = "Submission", description = "A submission to a call for papers.")
public record ApiSubmission(
    @Schema(description = "The id in the API's addresses.") long id,
    @Schema(description = "The submission's number within its event (#1, #2, …).") int number,
    @Schema(description = "The event's slug.") String event,
    @Schema(enumeration = {"draft", "submitted", "withdrawn"}) String state,
    @Schema(
            description = "How the caller relates to it.",
            enumeration = {"submitter", "editing-author", "author", "organiser"})
        String role,
    String title,
    @JsonbProperty("abstract")
        @Schema(name = "abstract", description = "Markdown, as written.", nullable = true)
        String abstractText,
    @Schema(description = "The abstract as sanitised HTML.") String abstractHtml,
    @Schema(description = "Words in the abstract, counted as the form counts them.") int words,
    List<String> keywords,
    @Schema(nullable = true) Long trackId,
    @Schema(nullable = true) String track,
    @Schema(nullable = true) Long presentationTypeId,
    @Schema(nullable = true) String presentationType,
    @Schema(nullable = true, description = "ISO 639-1 code.") String language,
    List<Author> authors,
    @Schema(nullable = true, description = "Absent until a PDF is attached.") File file,
    @Schema(
            description =
                "What the double-blind check finds in the PDF (names of authors); a warning, not"
                    + " a refusal.")
        List<Warning> warnings,
    @Schema(
            description =
                "Co-authors whose notice by mail a daily mail quota held back; the next save tries"
                    + " them again.")
        List<String> coAuthorsNotNotified,
    @Schema(description = "Whether the caller may change it now.") boolean editable,
    @Schema(
            nullable = true,
            description = "Why not, when not editable.",
            enumeration = {
              "not-yet-open",
              "deadline-passed",
              "withdrawn",
              "not-an-editor",
              "decided",
              "final-version-closed"
            })
        String readOnlyReason,
    @Schema(description = "Whether the caller may withdraw it now.") boolean canWithdraw,
    @Schema(
            nullable = true,
            description = "Until when the call accepts changes, in the event's time zone.")
        OffsetDateTime acceptedUntil,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @Schema(nullable = true) OffsetDateTime submittedAt,
    @Schema(nullable = true) OffsetDateTime withdrawnAt,
    @Schema(
            nullable = true,
            description =
                "Present once the authors were told it is accepted: its final (camera-ready)"
                    + " version. While it is due, changes (PUT, and PUT of the file) go to the"
                    + " final version; the track and type stay as decided.")
        FinalVersion finalVersion,
    @Schema(description = "This submission in the API.") String url) {

  /** The final version of an accepted submission. */
  @Schema(name = "SubmissionFinalVersion")
  public record FinalVersion(
      @Schema(description = "When it is due, in the event's time zone.") OffsetDateTime due,
      @Schema(nullable = true, description = "Absent until a final PDF is attached.") File file,
      @Schema(nullable = true, description = "The authors' last save of the final version.")
          OffsetDateTime changedAt) {}

  /** An author, in order. */
  @Schema(name = "SubmissionAuthor")
  public record Author(
      String name,
      String email,
      @Schema(nullable = true) String affiliation,
      @Schema(nullable = true, description = "ISO 3166-1 alpha-2 code.") String country,
      @Schema(nullable = true, examples = "0000-0002-1825-0097") String orcid,
      @Schema(description = "Presents the work; exactly one author does.") boolean presenting,
      @Schema(description = "May edit the submission (the submitter always may).")
          boolean mayEdit) {}

  /** The attached PDF. */
  @Schema(name = "SubmissionFile")
  public record File(
      String name,
      @Schema(description = "Bytes.") long size,
      @Schema(nullable = true) Integer pages,
      @Schema(description = "SHA-256 of the stored bytes, hexadecimal.") String sha256,
      @Schema(description = "Download address (GET with the same token).") String url) {}

  /** A double-blind warning. */
  @Schema(name = "SubmissionWarning")
  public record Warning(
      @Schema(enumeration = {"metadata-names-an-author", "first-page-names-an-author"}) String code,
      String messageKey,
      String message) {}
}
