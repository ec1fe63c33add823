package org.colloquium.registration.api;

import java.util.List;
import java.util.Optional;

/**
 * A signed-in person's registration for an event. Every write decides places under the mode's quota
 * lock: two people who ask for the last place at once get it once.
 */
public interface Registering {

  /**
   * The registration page; for {@code accountId} null (not signed in) without an address or a
   * registration. 404 for an event the person cannot see or with no registration.
   */
  RegistrationPage page(Long accountId, String slug);

  /**
   * Registers the person: confirmed when a place is free and nobody waits, waitlisted otherwise,
   * pending when the mode is moderated. Refused while registration is not open, and when they are
   * already registered.
   */
  MyRegistration register(Long accountId, String slug, RegistrationAnswers answers);

  /**
   * Changes answers and, subject to places, the mode: a confirmed registrant switches only to a
   * mode with a free place (and keeps theirs otherwise); a waiting one keeps their place in the
   * queue. Refused after the organisers' date for changes.
   */
  MyRegistration change(Long accountId, String slug, RegistrationAnswers answers);

  /** Cancels; a place given up goes to the next on the waiting list. */
  void cancel(Long accountId, String slug);

  /** Accepts the place offered, before the offer expires. */
  MyRegistration acceptOffer(Long accountId, String slug);

  /** Declines the place offered: it goes to the next. */
  void declineOffer(Long accountId, String slug);

  /** The person's registrations that are not over, newest event first. */
  List<MyRegistration> mine(Long accountId);

  /**
   * Uses a personal join link: while its registration is confirmed to attend online, records the
   * joining (certificates count it) and answers where to go; empty for an unknown token or one
   * whose registration was cancelled, rejected or moved to attend in person.
   */
  Optional<JoinPass> join(String token);

  /** The person's ticket for the event, while confirmed to attend in person. */
  Optional<Ticket> ticket(Long accountId, String slug);

  /** Everything the registration holds about the person, as JSON (their right to their data). */
  String myData(Long accountId, String slug);

  /**
   * Deletes the person's registration: cancelled if it was not over (the place goes to the next,
   * nobody is mailed), then anonymised; only counts and states remain.
   */
  void deleteMine(Long accountId, String slug);
}
