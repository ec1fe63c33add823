package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The days on which the speakers of one accepted submission would rather present: a wish, which the
 * automatic draft weighs against the others, never a rule (that is an {@link Unavailability}).
 */
@Entity
@Table(name = "programme_preferred_days")
public class PreferredDays {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  /** ISO dates, comma-separated, in order: an event has a handful of days. */
  @Column(nullable = false, length = 200)
  private String days;

  @Column(name = "chosen_by", nullable = false)
  private Long chosenBy;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  protected PreferredDays() {}

  public PreferredDays(Long submissionId, Long eventId) {
    this.submissionId = submissionId;
    this.eventId = eventId;
  }

  /**
   * @param days at least one day; no preference at all is no row
   */
  public void choose(Collection<LocalDate> days, Long accountId, Instant at) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("no day: remove the preference instead");
    }
    this.days =
        days.stream().sorted().distinct().map(LocalDate::toString).collect(Collectors.joining(","));
    this.chosenBy = accountId;
    this.chosenAt = at;
  }

  public Long submissionId() {
    return submissionId;
  }

  public List<LocalDate> days() {
    return Arrays.stream(days.split(",")).map(LocalDate::parse).toList();
  }
}
