package org.colloquium.registration.api;

/** Organisers see and decide registrations of their event. */
public interface Registrants {

  /** The list, filtered by state and mode when given (null: all). */
  default RegistrantsView list(
      Long actorId, String slug, RegistrationState state, ParticipationMode mode) {
    return list(actorId, slug, state, mode, null);
  }

  /**
   * The list, filtered by state, mode and an answer ({@link AnswerFilter#key}) when given (null:
   * all).
   */
  RegistrantsView list(
      Long actorId, String slug, RegistrationState state, ParticipationMode mode, String answer);

  /**
   * The list as CSV (UTF-8 with a byte order mark, Excel's dialect, every field quoted, cells that
   * could run as formulas defused), filtered as {@link #list}, with every answer.
   */
  void csv(
      Long actorId,
      String slug,
      RegistrationState state,
      ParticipationMode mode,
      String answer,
      java.io.OutputStream out);

  /** The same list as an XLSX workbook of one sheet, its cells typed text. */
  void xlsx(
      Long actorId,
      String slug,
      RegistrationState state,
      ParticipationMode mode,
      String answer,
      java.io.OutputStream out);

  /** Approves a pending registration: confirmed if a place is free, waitlisted otherwise. */
  RegistrationState approve(Long actorId, String slug, Long registrationId);

  /** Rejects a pending or waiting registration; the reason is mailed. */
  void reject(Long actorId, String slug, Long registrationId, String reason);

  /** Cancels a registration for the person (the reason is mailed); its place goes on. */
  void cancel(Long actorId, String slug, Long registrationId, String reason);

  /** Registers someone by hand, with the same places as everyone; answers their registration. */
  MyRegistration add(Long actorId, String slug, NewRegistrant registrant);

  /**
   * Registers the presenting authors of the event's accepted submissions as speakers now, as the
   * platform also does every few minutes while registration is open (organisers may do it for a
   * past event, for the certificates of presentation; nobody is mailed then).
   *
   * @return how many registrations were made or made speakers' now
   */
  int registerSpeakers(Long actorId, String slug);

  /** One registration of the event, with its history, for its organisers; 404 for another's. */
  RegistrantDetail detail(Long actorId, String slug, Long registrationId);
}
