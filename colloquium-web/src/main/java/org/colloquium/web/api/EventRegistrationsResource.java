package org.colloquium.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.NewRegistrant;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Registering;
import org.colloquium.registration.api.Registrants;
import org.colloquium.registration.api.RegistrationState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events/{slug}/registrations}: registering oneself or, for organisers, someone
 * else, and the organisers' list. Places are decided exactly as on the web page.
 */
@Path("/events/{slug}/registrations")
@RequestScoped
@TokenRequired
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registration for events, with a personal token.")
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one.")
@APIResponse(
    responseCode = "403",
    description =
        "A read-only token on a change; `email` given, or the list asked for, by a caller who does"
            + " not organise the event.")
@APIResponse(
    responseCode = "404",
    description = "No event with this slug that the caller may see, or no registration set up.")
public class EventRegistrationsResource {

  @Inject ApiCaller caller;
  @Inject Registering registering;
  @Inject Registrants registrants;
  @Inject AccountDirectory accounts;
  @Inject EventCatalogue catalogue;

  @POST
  @Operation(
      operationId = "registerForEvent",
      summary = "Register for the event",
      description =
          "Confirmed when a place of the mode is free and nobody waits for one, on the waiting"
              + " list otherwise, waiting for approval when the organisers approve that mode.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiRegistrationRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Registered; `state` says how.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiRegistration.class)))
  @APIResponse(
      responseCode = "409",
      description = "Registration is not open, or the person is registered already.")
  @APIResponse(responseCode = "422", description = "`errors` lists each field and message.")
  public Response register(
      @PathParam("slug") String slug,
      @NotNull(message = JsonBodies.NOT_AN_OBJECT) @Valid ApiRegistrationRequest request) {
    long actor = callerOfVisibleEvent(slug);
    MyRegistration registration;
    if (request.email() == null) {
      AccountRecord account = accounts.find(actor).orElseThrow();
      registration =
          registering.register(
              actor,
              slug,
              request.answers(
                  account.fullName(),
                  account.profile() == null ? null : account.profile().affiliation()));
    } else {
      registration =
          registrants.add(
              actor,
              slug,
              new NewRegistrant(
                  request.email(),
                  request.answers(null, null),
                  !Boolean.FALSE.equals(request.mailed())));
    }
    return Response.status(Response.Status.CREATED)
        .entity(ApiRegistration.of(registration))
        .build();
  }

  @GET
  @Operation(
      operationId = "listRegistrations",
      summary = "The event's registrations",
      description = "Organisers only; the waiting list first, in its order, then the newest.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      implementation = ApiRegistration.class,
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  public List<ApiRegistration> list(
      @PathParam("slug") String slug,
      @QueryParam("state") RegistrationState state,
      @QueryParam("mode") ParticipationMode mode) {
    long actor = callerOfVisibleEvent(slug);
    return registrants.list(actor, slug, state, mode).rows().stream()
        .map(ApiRegistration::of)
        .toList();
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "cancelRegistration",
      summary = "Cancel a registration",
      description =
          "Organisers only. The place it held goes to the first on the waiting list as an offer;"
              + " the person gets a mail, with `reason` when given. Cancelling twice changes"
              + " nothing.")
  @APIResponse(responseCode = "204", description = "Cancelled.")
  @APIResponse(responseCode = "422", description = "A reason over 1,000 characters.")
  public Response cancel(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @QueryParam("reason") String reason) {
    long actor = callerOfVisibleEvent(slug);
    registrants.cancel(actor, slug, id, reason);
    return Response.noContent().build();
  }

  private long callerOfVisibleEvent(String slug) {
    long actor = caller.id();
    if (!catalogue.isVisible(slug, actor)) {
      throw ApiProblems.eventNotFound();
    }
    return actor;
  }
}
