package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventSummary;

/**
 * A submission as the abstract form and the detail page show it, or a blank form for a new one
 * ({@code id} null). {@code input} holds the values in the form's shape, so the same record fills
 * the form and the read-only page.
 *
 * @param readOnlyReason why the viewer cannot change it now, or null if they can
 * @param warnings what the double-blind check finds in the attached PDF
 * @param coAuthorsNotNotified co-authors whose notice a daily mail quota held back
 * @param decision the decision its authors were told, or null (also for organisers: they read
 *     decisions on the review pages)
 * @param finalVersionDue when accepted: when the final version is due, as announced (the
 *     camera-ready date, or the event's start)
 * @param finalFile the final version's PDF, beside the reviewed {@code file}
 * @param finalChangedAt the last save of the final version, or null while there was none
 */
public record SubmissionView(
    EventSummary event,
    CallDetails call,
    List<Choice> tracks,
    List<Choice> presentationTypes,
    List<Choice> committee,
    Long id,
    Integer number,
    int version,
    SubmissionState state,
    SubmissionRole role,
    SubmissionInput input,
    String abstractHtml,
    int words,
    FileInfo file,
    List<BlindnessWarning> warnings,
    String submitterName,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant withdrawnAt,
    Integer duplicateOfNumber,
    ReadOnlyReason readOnlyReason,
    boolean canWithdraw,
    List<String> coAuthorsNotNotified,
    NotifiedDecision decision,
    Instant finalVersionDue,
    FileInfo finalFile,
    Instant finalChangedAt)
    implements Serializable {

  /** Accepted and handed in: the form edits the final version, track and type stay as decided. */
  public boolean finalVersion() {
    return decision != null && decision.presented() && state == SubmissionState.SUBMITTED;
  }

  /** The track it is presented in once accepted, else the one chosen on the form. */
  public String decidedTrackName() {
    return finalVersion() && decision.trackId() != null
        ? nameOf(tracks, decision.trackId())
        : trackName();
  }

  public String decidedPresentationTypeName() {
    return finalVersion() && decision.presentationTypeId() != null
        ? nameOf(presentationTypes, decision.presentationTypeId())
        : presentationTypeName();
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean editable() {
    return readOnlyReason == null;
  }

  public String trackName() {
    return nameOf(tracks, input.trackId());
  }

  public String presentationTypeName() {
    return nameOf(presentationTypes, input.presentationTypeId());
  }

  private static String nameOf(List<Choice> choices, Long id) {
    return id == null
        ? null
        : choices.stream()
            .filter(c -> c.id().equals(id))
            .map(Choice::name)
            .findFirst()
            .orElse(null);
  }
}
