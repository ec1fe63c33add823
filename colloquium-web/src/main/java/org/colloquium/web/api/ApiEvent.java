package org.colloquium.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the list shows it. Times carry the offset of the event's time zone. */
@Schema(name = "EventSummary", description = "A published event.")
public record ApiEvent(
    @Schema(
            description = "The event's address name, as in /events/{slug}.",
            examples = "20-months-after")
        String slug,
    @Schema(description = "The title, in the event's own language.") String title,
    @Schema(nullable = true) String subtitle,
    @Schema(description = "Language of the texts (BCP 47).", examples = "en") String language,
    @Schema(enumeration = {"published", "archived"}) String status,
    @Schema(description = "Start, in the event's time zone.") OffsetDateTime start,
    @Schema(description = "End, in the event's time zone.") OffsetDateTime end,
    @Schema(description = "IANA time zone of the event.", examples = "Europe/Bucharest")
        String timeZone,
    @Schema(nullable = true) String venue,
    @Schema(enumeration = {"in-person", "online", "hybrid"}) String attendance,
    @Schema(description = "The public web page of the event.") String url,
    @Schema(description = "This event in the API, with its call for papers and tracks.")
        String apiUrl) {}
