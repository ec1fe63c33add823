package org.colloquium.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.reviews.api.ReviewsForAuthors;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.Submitting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/submissions/{id}}: one submission for the people who may see it — its submitter,
 * its co-authors (reading) and its event's organisers. Everyone else gets 404, exactly as for an id
 * that does not exist, so ids cannot be probed.
 */
@Path("/submissions/{id}")
@RequestScoped
@TokenRequired
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one.")
@APIResponse(
    responseCode = "404",
    description = "No such submission, or not the caller's to see (for the file: or it has none).")
public class SubmissionsResource {

  @Inject ApiCaller caller;
  @Inject Submitting submitting;
  @Inject MySubmissions mine;
  @Inject ApiSubmissionViews views;
  @Inject ReviewsForAuthors reviews;

  @GET
  @Operation(
      operationId = "getSubmission",
      summary = "One submission",
      description =
          "For its submitter, its co-authors and its event's organisers (who never see drafts).")
  @APIResponse(
      responseCode = "200",
      description = "The submission.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmission.class)))
  public ApiSubmission get(
      @Parameter(description = "The submission's id.") @PathParam("id") long id) {
    return views.submission(mine.view(caller.id(), id));
  }

  @GET
  @Path("/decision")
  @Operation(
      operationId = "getSubmissionDecision",
      summary = "The decision and the reviews",
      description =
          "For its submitter and authors, once they were notified; 404 before (and for anyone"
              + " else), as for a submission that does not exist.")
  @APIResponse(
      responseCode = "200",
      description = "The decision the authors were notified of.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiDecision.class)))
  public ApiDecision decision(@PathParam("id") long id) {
    return reviews
        .outcome(caller.id(), id)
        .map(ApiDecision::of)
        .orElseThrow(() -> new NotFoundException("decision of submission " + id));
  }

  @GET
  @Path("/file")
  @Produces({"application/pdf", ApiProblem.MEDIA_TYPE})
  @Operation(
      operationId = "getSubmissionFile",
      summary = "The submission's PDF",
      description = "Sent as an attachment.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response file(@PathParam("id") long id) {
    return attachment(mine.file(caller.id(), id));
  }

  @GET
  @Path("/final-file")
  @Produces({"application/pdf", ApiProblem.MEDIA_TYPE})
  @Operation(
      operationId = "getSubmissionFinalFile",
      summary = "The final version's PDF of an accepted submission",
      description = "Sent as an attachment; 404 until the authors attach one.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response finalFile(@PathParam("id") long id) {
    return attachment(mine.finalFile(caller.id(), id));
  }

  private static Response attachment(ServedFile file) {
    return Response.ok(file.bytes(), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + file.fileName().replace("\"", "_") + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("/submit")
  @Operation(
      operationId = "submitSubmission",
      summary = "Hand in a draft",
      description =
          "Checks every rule of the call, the PDF included if the call requires one. Handing in"
              + " twice changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "Handed in.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmission.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "A co-author who may read but not edit it, or a read-only token (`reason`"
              + " insufficient-scope).")
  @APIResponse(
      responseCode = "409",
      description = "Withdrawn, or the call no longer accepts changes: `reason`, `acceptedUntil`.")
  @APIResponse(
      responseCode = "422",
      description = "Incomplete for the call's rules: `errors` lists each field.")
  public ApiSubmission submit(@PathParam("id") long id) {
    submitting.submit(caller.id(), id);
    return views.submission(mine.view(caller.id(), id));
  }

  @POST
  @Path("/withdraw")
  @Operation(
      operationId = "withdrawSubmission",
      summary = "Withdraw",
      description =
          "For good. Only the submitter may, and only while the call accepts changes. Organisers"
              + " still see a withdrawn submission; the public never sees any submission.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiSubmission.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "A co-author or organiser: only the submitter withdraws; or a read-only token"
              + " (`reason` insufficient-scope).")
  @APIResponse(
      responseCode = "409",
      description = "Already withdrawn, or the call no longer accepts changes.")
  public ApiSubmission withdraw(@PathParam("id") long id) {
    submitting.withdraw(caller.id(), id);
    return views.submission(mine.view(caller.id(), id));
  }
}
