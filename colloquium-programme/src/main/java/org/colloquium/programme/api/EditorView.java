package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.colloquium.events.api.Choice;

/**
 * Everything the organisers' programme editor shows, read at once.
 *
 * @param days the event's days in its zone
 * @param sessions in order of start, then room
 * @param unscheduled contributions in no session, by submission number
 * @param notYetContributions presented submissions that are no contribution yet
 * @param publishedVersion the last release's version; null before the first
 * @param severities the severity of every kind of warning
 * @param lastChanges the changes that can be undone, newest first
 * @param preferredDays the days speakers would rather present on, as their authors said, by
 *     submission number
 */
public record EditorView(
    String slug,
    String eventTitle,
    ZoneId zone,
    List<LocalDate> days,
    List<RoomView> rooms,
    List<SessionView> sessions,
    List<ContributionView> unscheduled,
    List<ProgrammeWarning> warnings,
    int notYetContributions,
    Integer publishedVersion,
    List<Choice> tracks,
    Map<WarningKind, Severity> severities,
    List<UnavailabilityView> unavailabilities,
    List<UndoableChange> lastChanges,
    List<DayPreference> preferredDays)
    implements Serializable {

  /** The days the speakers of one submission would rather present on. */
  public record DayPreference(int submissionNumber, String title, List<LocalDate> days)
      implements Serializable {}
}
