package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The availability section of a presented submission's page.
 *
 * @param days the event's days, in its zone
 * @param speakers the presenting authors (all authors when none is marked presenting)
 * @param entries every time these speakers cannot attend, whoever entered it, by start
 * @param preferredDays the days the speakers would rather present on, in order; empty for none
 * @param open false after the event's last day: nothing can change any more
 */
public record SubmissionAvailabilityView(
    Long submissionId,
    ZoneId zone,
    List<LocalDate> days,
    List<Speaker> speakers,
    List<Entry> entries,
    List<LocalDate> preferredDays,
    boolean open)
    implements Serializable {

  public SubmissionAvailabilityView {
    days = List.copyOf(days);
    speakers = List.copyOf(speakers);
    entries = List.copyOf(entries);
    preferredDays = List.copyOf(preferredDays);
  }

  public record Speaker(String name, String email) implements Serializable {}

  /**
   * @param byOrganisers typed by the organisers: shown, but only they may remove it
   * @param removable whether this actor may take it back now
   */
  public record Entry(
      Long id,
      String speaker,
      Instant start,
      Instant end,
      String note,
      boolean byOrganisers,
      boolean removable)
      implements Serializable {}
}
