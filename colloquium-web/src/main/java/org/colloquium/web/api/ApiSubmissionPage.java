package org.colloquium.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of an event's submissions for its organisers. Drafts are never listed. */
@Schema(name = "SubmissionPage")
public record ApiSubmissionPage(
    @Schema(description = "How many submissions the event has in all (drafts not counted).")
        long total,
    @Schema(description = "Offset of the first item.") int first,
    @Schema(description = "The page size asked for (at most 500).") int max,
    List<Item> items) {

  /** One line of the list. */
  @Schema(name = "SubmissionListItem")
  public record Item(
      long id,
      int number,
      String title,
      @Schema(enumeration = {"submitted", "withdrawn"}) String state,
      @Schema(nullable = true) String track,
      @Schema(nullable = true) String presentationType,
      @Schema(nullable = true) String language,
      List<String> keywords,
      List<ListedAuthor> authors,
      @Schema(nullable = true) OffsetDateTime submittedAt,
      @Schema(nullable = true, description = "Number of the submission this one duplicates.")
          Integer duplicateOf,
      @Schema(nullable = true) ApiSubmission.File file,
      String url) {}

  /** An author as the list shows them. */
  @Schema(name = "SubmissionListAuthor")
  public record ListedAuthor(
      String name,
      String email,
      @Schema(nullable = true) String affiliation,
      @Schema(nullable = true) String country,
      boolean presenting) {}
}
