package org.colloquium.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Activates Jakarta REST for the JSON API; every resource of it lives under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Colloquium API",
            version = "1",
            description =
                "Read-only access to the published events of this Colloquium site: dates, venue,"
                    + " call for papers, tracks and presentation types. Drafts are never listed;"
                    + " asking for one answers 404, as for an event that does not exist."))
public class ApiApplication extends Application {}
