package org.colloquium.programme.api;

/** Publishing the work-in-progress programme of an event as its next release. */
public interface ProgrammePublishing {

  PublishPreview preview(Long actorId, String slug);

  /**
   * Freezes the work in progress as the next release, which the public sees from the commit on.
   * Refused with a {@code ConflictException} while a blocking warning is left. From the second
   * release on, each speaker of a contribution it moved (another time or room) or took out gets one
   * mail through the outbox, in the same transaction, with a calendar file of their changes.
   *
   * @param changelog what the organiser kept of the generated changelog (plain text)
   * @return the release's version
   */
  int publish(Long actorId, String slug, String changelog);
}
