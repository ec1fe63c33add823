package org.colloquium.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventSummary;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.submissions.api.FileUpload;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionSort;
import org.colloquium.submissions.api.Submitting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events/{slug}/submissions}: creating a submission to an event's call, attaching
 * its PDF, and the organisers' list. Every operation needs a personal token; the services check
 * what its owner may do. An unknown slug and a draft the caller may not manage answer the same 404
 * before anything of the event is looked at, so a draft's existence does not show.
 */
@Path("/events/{slug}/submissions")
@RequestScoped
@TokenRequired
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Submissions to calls for papers, with a personal token.")
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one.")
@APIResponse(
    responseCode = "403",
    description =
        "A read-only token on a change (`reason` insufficient-scope); a co-author who may read but"
            + " not edit the submission; for the list, a caller who does not organise the event.")
@APIResponse(
    responseCode = "404",
    description =
        "No published event with this slug (drafts answer the same unless the caller may manage"
            + " them), no call for papers to submit to, or no such submission of the event that"
            + " the caller may see.")
public class EventSubmissionsResource {

  /** Above the largest PDF any call accepts (the web form's limit): reading stops here. */
  static final int MAX_UPLOAD_BYTES = 24_117_248;

  @Inject ApiCaller caller;
  @Inject Submitting submitting;
  @Inject MySubmissions mine;
  @Inject SubmissionQueries queries;
  @Inject EventCatalogue catalogue;
  @Inject ApiSubmissionViews views;

  @POST
  @Operation(
      operationId = "createSubmission",
      summary = "Create a submission",
      description =
          "Creates a draft (or hands it in at once with `submit: true`). Repeating the request"
              + " with the same Idempotency-Key returns the submission the first one created,"
              + " with 200 instead of 201, so a retry never makes a second submission.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmissionRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmission.class)))
  @APIResponse(
      responseCode = "200",
      description = "An earlier request with this Idempotency-Key created it; nothing changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmission.class)))
  @APIResponse(
      responseCode = "400",
      description = "No or a bad Idempotency-Key, or a body that is not the JSON described.")
  @APIResponse(
      responseCode = "409",
      description = "The call does not accept submissions now: `reason` and `acceptedUntil`.")
  @APIResponse(responseCode = "413", description = "A body larger than 1 MB.")
  @APIResponse(responseCode = "415", description = "Not sent as application/json.")
  @APIResponse(
      responseCode = "422",
      description = "The input breaks the call's rules: `errors` lists each field and message.")
  public Response create(
      @Parameter(description = "The event's slug.", example = "annual-conference-iii")
          @PathParam("slug")
          String slug,
      @Parameter(
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "1 to 64 characters, new for every new submission (a UUID will do); repeat it"
                      + " when retrying the same request.")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @NotNull(message = JsonBodies.NOT_AN_OBJECT) @Valid ApiSubmissionRequest submission) {
    long actor = callerOfVisibleEvent(slug);
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw ApiProblems.refusal(
          400,
          "Idempotency-Key missing",
          "Send an Idempotency-Key header, new for every new submission (a UUID will do).");
    }
    SubmissionSaved saved = submitting.create(actor, slug, idempotencyKey, submission.change());
    ApiSubmission created = views.submission(mine.view(actor, saved.id()));
    return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
        .location(URI.create(created.url()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}/file")
  // Any type: the type is checked only once the submission is known to be the caller's.
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "attachSubmissionFile",
      summary = "Attach or replace the PDF",
      description =
          "The body is the PDF itself (Content-Type: application/pdf). It is refused with a reason"
              + " when it is not a readable PDF, is encrypted, is too long or too large for the"
              + " call, carries active content (JavaScript, Launch, SubmitForm, ImportData, GoToR"
              + " or GoToE actions, additional actions, an XFA form, a web address opened by"
              + " itself) or embedded files, is also a ZIP archive, or unpacks to far more than a"
              + " document holds or takes too long to check. Ordinary links to web addresses are"
              + " fine. For a double-blind call the answer's `warnings` say where the PDF names an"
              + " author; `?strip=true` removes the document's metadata (author, title) before it"
              + " is stored. For an accepted submission whose final version is due, the PDF is"
              + " stored as the final version's (`finalVersion.file`) and the reviewed one stays.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "Stored; the submission with its file and warnings.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmission.class)))
  @APIResponse(
      responseCode = "409",
      description = "Withdrawn, or the call no longer accepts changes: `reason`, `acceptedUntil`.")
  @APIResponse(responseCode = "413", description = "Larger than the call allows.")
  @APIResponse(responseCode = "415", description = "Not sent as application/pdf.")
  @APIResponse(
      responseCode = "422",
      description =
          "Refused: `errors[0].messageKey` names why (submission.pdf.containsJavascript,"
              + " submission.pdf.launchesApplications, submission.pdf.tooComplex, …).")
  @APIResponse(
      responseCode = "503",
      description =
          "The server is busy checking other files: nothing was changed; send the same request"
              + " again after the seconds in Retry-After.")
  public ApiSubmission replaceFile(
      @PathParam("slug") String slug,
      @Parameter(description = "The submission's id.") @PathParam("id") long id,
      @Parameter(description = "Remove the PDF's metadata before storing it.")
          @QueryParam("strip")
          @DefaultValue("false")
          boolean strip,
      @Parameter(description = "Shown to organisers as the file's name.", example = "paper.pdf")
          @QueryParam("fileName")
          String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    long actor = callerOfVisibleEvent(slug);
    // Checked before the type, so that nobody learns of others' submissions by a 415.
    if (!mine.eventSlugOf(actor, id).equals(slug)) {
      throw new NotFoundException("submission " + id + " is not of " + slug);
    }
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
      throw ApiProblems.refusal(
          415, "Unsupported media type", "Send the PDF itself as application/pdf.");
    }
    byte[] bytes = body.readNBytes(MAX_UPLOAD_BYTES + 1);
    if (bytes.length > MAX_UPLOAD_BYTES) {
      throw ApiProblems.refusal(
          413, "Payload too large", "The file is larger than any call accepts.");
    }
    submitting.replaceFile(
        actor, id, new FileUpload(fileName == null ? "submission.pdf" : fileName, bytes), strip);
    return views.submission(mine.view(actor, id));
  }

  @GET
  @Operation(
      operationId = "listEventSubmissions",
      summary = "The event's submissions (organisers)",
      description =
          "For the event's organisers and platform administrators: every submission but drafts,"
              + " by number, a page at a time.")
  @APIResponse(
      responseCode = "200",
      description = "A page of submissions.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmissionPage.class)))
  public ApiSubmissionPage list(
      @PathParam("slug") String slug,
      @Parameter(description = "Offset of the first item.") @QueryParam("first") @DefaultValue("0")
          int first,
      @Parameter(description = "Page size, 1 to 500.") @QueryParam("max") @DefaultValue("50")
          int max) {
    long actor = callerOfVisibleEvent(slug);
    int from = Math.max(0, first);
    int size = Math.min(Math.max(1, max), SubmissionQueries.MAX_PAGE);
    var page =
        queries.page(actor, slug, SubmissionFilter.NONE, SubmissionSort.NUMBER, true, from, size);
    ZoneId zone =
        catalogue
            .details(slug, actor)
            .map(EventDetails::summary)
            .map(EventSummary::zone)
            .orElse(ZoneId.of("UTC"));
    return views.page(page, from, size, zone);
  }

  /** The token's owner, if the event is one they may see. */
  private long callerOfVisibleEvent(String slug) {
    long actor = caller.id();
    if (!catalogue.isVisible(slug, actor)) {
      throw ApiProblems.eventNotFound();
    }
    return actor;
  }
}
