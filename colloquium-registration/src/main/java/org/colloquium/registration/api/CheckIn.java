package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The door: organisers and door helpers check registrants in by their ticket's code (scanned, or
 * typed by a scanner that acts as a keyboard) or by name. Checking in twice is harmless: the second
 * time says when the first was.
 */
public interface CheckIn {

  /** The page: the event and how many of those expected in person are in. */
  Desk desk(Long actorId, String slug);

  /** Registrations (not ended) matching every word typed, at most 20. */
  List<Person> search(Long actorId, String slug, String query);

  /** Checks in the holder of a ticket; a code not signed for this event is {@code UNKNOWN}. */
  Result byTicket(Long actorId, String slug, String code);

  /** Checks in a registration found by name. */
  Result byRegistration(Long actorId, String slug, Long registrationId);

  /** The event's public ticket key (Ed25519, X.509, Base64), for devices that check offline. */
  String publicKey(Long actorId, String slug);

  record Desk(String slug, String eventTitle, ZoneId zone, long expected, long checkedIn)
      implements Serializable {}

  /**
   * Someone at the door, with what the helper must see: their state and mode, and the needs the
   * organisers show at check-in (dietary, accessibility).
   */
  record Person(
      Long id,
      String fullName,
      String affiliation,
      ParticipationMode mode,
      RegistrationState state,
      String dietaryNeeds,
      String accessibilityNeeds,
      Instant checkedInAt)
      implements Serializable {}

  enum Outcome {
    /** Checked in now. */
    CHECKED_IN,
    /** Checked in before, at {@code person.checkedInAt()}. */
    ALREADY,
    /** Registered but not confirmed in person (waiting, cancelled, online): not let in here. */
    NOT_ADMITTED,
    /** Not a ticket of this event. */
    UNKNOWN
  }

  /**
   * @param person null for {@code UNKNOWN}
   */
  record Result(Outcome outcome, Person person, ZoneId zone) implements Serializable {}
}
