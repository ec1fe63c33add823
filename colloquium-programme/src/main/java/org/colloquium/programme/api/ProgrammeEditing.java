package org.colloquium.programme.api;

import java.time.Instant;

/**
 * What organisers do to the work-in-progress programme of an event they manage. Nothing here
 * reaches the public until {@link ProgrammePublishing#publish}. Bad input is refused with a {@code
 * ValidationException} naming the fields; an id of another event answers as not found.
 */
public interface ProgrammeEditing {

  EditorView editor(Long actorId, String slug);

  Long addRoom(Long actorId, String slug, RoomInput input);

  void changeRoom(Long actorId, String slug, Long roomId, RoomInput input);

  /** Its sessions stay, without a room. */
  void removeRoom(Long actorId, String slug, Long roomId);

  Long addSession(Long actorId, String slug, SessionInput input);

  void changeSession(Long actorId, String slug, Long sessionId, SessionInput input);

  /** To another room or time, as a drag in the grid does; its contributions go with it. */
  void moveSession(
      Long actorId, String slug, Long sessionId, Long roomId, Instant start, Instant end);

  /** Its contributions go back to the unscheduled ones. */
  void removeSession(Long actorId, String slug, Long sessionId);

  /**
   * Makes a contribution of every presented submission that is none yet, lasting as long as its
   * presentation type says.
   *
   * @return how many were made
   */
  int addPresentedContributions(Long actorId, String slug);

  /**
   * Puts a contribution into a session before the contribution now at {@code position} (0 first;
   * null or past the end: last), or out of every session with a null {@code sessionId}.
   */
  void placeContribution(
      Long actorId, String slug, Long contributionId, Long sessionId, Integer position);

  void changeContribution(
      Long actorId, String slug, Long contributionId, ContributionChange change);

  Long addUnavailability(Long actorId, String slug, UnavailabilityInput input);

  void removeUnavailability(Long actorId, String slug, Long unavailabilityId);

  /**
   * Puts back the newest change of a session's or contribution's place or shape that can still be
   * undone (moves by drag or by form, resizes, lengths, boards, pins), and forgets it.
   *
   * @return what was undone; null when nothing is left to undo
   */
  UndoableChange undo(Long actorId, String slug);

  /**
   * Forgets every change that could be undone: after a change made of many steps that nobody should
   * undo one by one (the demo's set-up, an import).
   */
  void forgetChanges(Long actorId, String slug);

  void chooseSeverity(Long actorId, String slug, WarningKind kind, Severity severity);
}
