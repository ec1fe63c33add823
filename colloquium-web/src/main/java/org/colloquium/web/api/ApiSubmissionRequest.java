package org.colloquium.web.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.SubmissionChange;
import org.colloquium.submissions.api.SubmissionInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/events/{slug}/submissions}, bound by JSON-B ({@link SharedJsonb}
 * reads it strictly, so a value of the wrong type answers 400 naming the field). The constraints
 * here are about the shape of the JSON only; the rules themselves (required, lengths, known track)
 * are the service's, shared with the web form, and answered as 422 with every problem at once.
 */
@Schema(
    name = "SubmissionRequest",
    description =
        "A new submission. Only `title` is needed for a draft; `submit: true` hands it in at once"
            + " and then every rule of the call applies (a PDF, if the call requires one, is sent"
            + " afterwards with PUT …/file, then the draft is handed in with POST …/submit).")
public record ApiSubmissionRequest(
    @Schema(examples = "Energy security after 2022") String title,
    @JsonbProperty("abstract")
        @Schema(name = "abstract", description = "Markdown.", nullable = true)
        String abstractText,
    @Schema(nullable = true) List<@NotNull(message = "expected a string") String> keywords,
    @Schema(nullable = true, description = "Id of one of the event's tracks (GET the event).")
        Long trackId,
    @Schema(nullable = true, description = "Id of one of the event's presentation types.")
        Long presentationTypeId,
    @Schema(nullable = true, description = "ISO 639-1 code of the presentation's language.")
        String language,
    @Schema(
            description = "In order; the first is usually the submitter.",
            type = SchemaType.ARRAY,
            implementation = ApiSubmission.Author.class)
        List<@NotNull(message = "expected an object") Author> authors,
    @Schema(description = "Hand it in now (true) or keep a draft (false, the default).")
        Boolean submit) {

  /**
   * An author as sent; described as {@code SubmissionAuthor}, the shape the API answers with. The
   * flags are objects so that a JSON null reads as false, as it always has.
   */
  public record Author(
      String name,
      String email,
      String affiliation,
      String country,
      String orcid,
      Boolean presenting,
      Boolean mayEdit) {

    AuthorEntry entry() {
      return new AuthorEntry(
          name,
          email,
          affiliation,
          country,
          orcid,
          Boolean.TRUE.equals(presenting),
          Boolean.TRUE.equals(mayEdit));
    }
  }

  /** What the service is asked to save: the fields, no PDF yet. */
  SubmissionChange change() {
    return new SubmissionChange(
        new SubmissionInput(
            title,
            abstractText,
            keywords,
            trackId,
            presentationTypeId,
            language,
            authors == null ? List.of() : authors.stream().map(Author::entry).toList()),
        null,
        false,
        Boolean.TRUE.equals(submit));
  }
}
