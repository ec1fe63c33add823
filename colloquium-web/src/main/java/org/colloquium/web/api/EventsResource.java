package org.colloquium.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.colloquium.events.api.CallCatalogue;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventMaterials;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.submissions.api.CallChoices;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events}: the public catalogue as JSON. Anonymous and read-only, so it answers the
 * same to everyone: drafts do not exist here even for their organisers.
 */
@Path("/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Published events and their calls for papers.")
@SecurityRequirements // public: no token needed (described as `security: []`)
@APIResponse(responseCode = "401", description = "An unknown or revoked token (none is needed).")
public class EventsResource {

  /** Listing sites poll; a minute of staleness is harmless and spares the database. */
  private static final CacheControl ONE_MINUTE = CacheControl.valueOf("public, max-age=60");

  @Inject EventCatalogue catalogue;
  @Inject CallCatalogue calls;
  @Inject EventMaterials materials;
  @Inject CallChoices choices;
  @Inject ApiViews views;
  @Inject PublishedProgrammes programmes;

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "Published events",
      description = "Upcoming events first (soonest first), then past ones (latest first).")
  @APIResponse(
      responseCode = "200",
      description = "The published and archived events.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ApiEvent.class)))
  public Response events() {
    List<ApiEvent> all = views.events(catalogue.upcoming(), catalogue.past(Integer.MAX_VALUE));
    return Response.ok(all).cacheControl(ONE_MINUTE).build();
  }

  @GET
  @Path("/{slug}")
  @Operation(
      operationId = "getEvent",
      summary = "One published event",
      description = "The event with its call for papers, tracks and presentation types.")
  @APIResponse(
      responseCode = "200",
      description = "The event.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiEventDetails.class)))
  @APIResponse(responseCode = "404", description = "No published event has this slug.")
  public Response event(
      @Parameter(description = "The event's slug.", example = "20-months-after") @PathParam("slug")
          String slug) {
    // Anonymous on purpose (null viewer): the API never shows drafts, whoever asks.
    return catalogue
        .details(slug, null)
        .map(
            details ->
                views.details(
                    details,
                    calls.publicCall(slug).orElse(null),
                    materials.publicView(slug, null).orElse(null),
                    choices.ofPublicEvent(slug).orElse(null)))
        .map(event -> Response.ok(event).cacheControl(ONE_MINUTE).build())
        .orElseThrow(ApiProblems::eventNotFound);
  }

  @GET
  @Path("/{slug}/programme")
  @Operation(
      operationId = "getProgramme",
      summary = "An event's published programme",
      description =
          "The last published release: rooms, tracks, and the sessions in order of start with"
              + " their contributions (abstracts as Markdown, authors with affiliations). The"
              + " organisers' work in progress is never here, nor anyone's e-mail address or a"
              + " room's stream link.")
  @APIResponse(
      responseCode = "200",
      description = "The release.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublishedProgramme.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published event has this slug, or its programme is not published yet.")
  public Response programme(
      @Parameter(description = "The event's slug.", example = "20-months-after") @PathParam("slug")
          String slug) {
    return programmes
        .current(slug, null)
        .map(programme -> Response.ok(programme).cacheControl(ONE_MINUTE).build())
        .orElseThrow(ApiProblems::programmeNotFound);
  }
}
