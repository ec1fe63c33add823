package org.colloquium.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Activates Jakarta REST for the JSON API; every resource of it lives under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Colloquium API",
            version = "1",
            description =
                "The published events of this Colloquium site (dates, venue, call for papers,"
                    + " tracks and presentation types), anonymously; and, with a personal API token,"
                    + " an author's submissions and an organiser's list of their event's"
                    + " submissions. Drafts of events are never listed; asking for one answers 404,"
                    + " as for an event that does not exist. Endpoints marked with the bearer"
                    + " scheme act as a person: send a personal API token (created on the profile"
                    + " page) as `Authorization: Bearer clq_…`. The session cookie of the web"
                    + " pages is never used by the API. Errors are application/problem+json."))
@SecurityScheme(
    securitySchemeName = ApiApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "A personal API token from the profile page (`clq_` and 43 characters). A token that is"
            + " unknown or revoked answers 401 on every endpoint, public ones included.")
public class ApiApplication extends Application {

  /** The name of the personal-token scheme in the OpenAPI description. */
  public static final String BEARER = "bearer";
}
