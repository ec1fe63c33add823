package org.colloquium.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error answer in the shape of RFC 9457 ({@code application/problem+json}). */
@Schema(name = "Problem", description = "An error, as RFC 9457 describes it.")
public record ApiProblem(
    @Schema(description = "A short, human-readable summary.") String title,
    @Schema(description = "The HTTP status code.") int status,
    @Schema(description = "What went wrong in this case.") String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
