package org.colloquium.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event with everything a programme or a listing site needs. */
@Schema(name = "Event", description = "A published event in full.")
public record ApiEventDetails(
    ApiEvent event,
    @Schema(description = "The description as sanitised HTML.", nullable = true)
        String descriptionHtml,
    @Schema(nullable = true) String venueAddress,
    @Schema(nullable = true) Institution organiser,
    List<Institution> partners,
    @Schema(nullable = true, description = "Absent when the event has no call for papers.")
        CallForPapers callForPapers,
    List<Track> tracks,
    List<PresentationType> presentationTypes) {

  /** An organising or partner institution. */
  @Schema(name = "Institution")
  public record Institution(String name, @Schema(nullable = true) String url) {}

  /** The call's dates, all in the event's time zone. */
  @Schema(name = "CallForPapers")
  public record CallForPapers(
      OffsetDateTime opensAt,
      OffsetDateTime abstractDeadline,
      @Schema(nullable = true) OffsetDateTime fullPaperDeadline,
      @Schema(nullable = true) OffsetDateTime notification,
      @Schema(nullable = true) OffsetDateTime cameraReady,
      @Schema(description = "Whether submissions are accepted now.") boolean open,
      @Schema(nullable = true) String eligibility,
      @Schema(
              description = "How reviewers and authors see each other.",
              enumeration = {"single-blind", "double-blind", "open"})
          String reviewMode,
      @Schema(description = "The public page of the call.") String url) {}

  /** A topic of the event. */
  @Schema(name = "Track")
  public record Track(
      @Schema(description = "The id a submission names as trackId.") Long id,
      String name,
      @Schema(nullable = true) String description) {}

  /** A kind of contribution and how long it lasts. */
  @Schema(name = "PresentationType")
  public record PresentationType(
      @Schema(description = "The id a submission names as presentationTypeId.") Long id,
      String name,
      @Schema(nullable = true) Integer durationMinutes) {}
}
