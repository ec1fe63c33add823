package org.colloquium.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationWindow;

/** An event's registration settings; the places of each mode are in its quota rows. */
@Entity
@Table(name = "registration_settings")
public class RegistrationSettings {

  @Id
  @Column(name = "event_id")
  private Long eventId;

  @Version private int version;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private Moderation moderation;

  @Column(name = "offer_hours", nullable = false)
  private int offerHours;

  @Column(name = "changes_until")
  private Instant changesUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_list", nullable = false, length = 11)
  private ParticipantList participantList = ParticipantList.OFF;

  /** Printed on the event's certificates of attendance; none printed while unset. */
  @Column(name = "certificate_hours", precision = 4, scale = 1)
  private BigDecimal certificateHours;

  protected RegistrationSettings() {}

  public RegistrationSettings(Long eventId) {
    this.eventId = eventId;
  }

  public void change(
      Instant opensAt,
      Instant closesAt,
      Moderation moderation,
      int offerHours,
      Instant changesUntil) {
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.moderation = moderation;
    this.offerHours = offerHours;
    this.changesUntil = changesUntil;
  }

  public RegistrationWindow window(Instant now) {
    if (now.isBefore(opensAt)) {
      return RegistrationWindow.NOT_YET;
    }
    return now.isBefore(closesAt) ? RegistrationWindow.OPEN : RegistrationWindow.CLOSED;
  }

  /** Attendees change their own answers until the organisers' date, or else until the close. */
  public boolean changesAllowed(Instant now) {
    return now.isBefore(changesUntil != null ? changesUntil : closesAt);
  }

  public boolean approvalNeeded(ParticipationMode mode) {
    return moderation.appliesTo(mode);
  }

  /**
   * When an offer made now expires: after the organisers' hours, but never after the event starts
   * (an offer for a conference already under way is worth little), and at least an hour from now.
   */
  public Instant offerExpiry(Instant now, Instant eventStart) {
    Instant full = now.plus(Duration.ofHours(offerHours));
    Instant latest = eventStart == null ? full : eventStart;
    Instant expiry = full.isBefore(latest) ? full : latest;
    Instant soonest = now.plus(Duration.ofHours(1));
    return expiry.isBefore(soonest) ? soonest : expiry;
  }

  public Long eventId() {
    return eventId;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public Moderation moderation() {
    return moderation;
  }

  public int offerHours() {
    return offerHours;
  }

  public Instant changesUntil() {
    return changesUntil;
  }

  public ParticipantList participantList() {
    return participantList;
  }

  public void listParticipants(ParticipantList who) {
    participantList = who;
  }

  public BigDecimal certificateHours() {
    return certificateHours;
  }

  public void certificateHours(BigDecimal hours) {
    this.certificateHours = hours;
  }
}
