package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The organisers' mail to a filtered set of registrants: previewed, then queued in the outbox, one
 * mail per person in their language, all in one transaction. A sending carries the key of the form
 * it came from: sent again with the same key (a double click, a retried request), it queues nothing
 * more.
 */
public interface RegistrantMail {

  int MAX_SUBJECT = 200;
  int MAX_BODY = 20_000;

  /**
   * The text in English and in Romanian; a language left empty gets the other's text.
   *
   * @param state null: every registration that is not cancelled or rejected
   * @param mode null: both
   */
  record Draft(
      RegistrationState state,
      ParticipationMode mode,
      String subjectEn,
      String bodyEn,
      String subjectRo,
      String bodyRo)
      implements Serializable {}

  /** A sample as a recipient gets it. */
  record Sample(String language, String subject, String body) implements Serializable {}

  record Preview(int recipients, int inEnglish, int inRomanian, List<Sample> samples)
      implements Serializable {}

  /**
   * @param repeated true when this form's sending had been made already (nothing queued now)
   */
  record Sent(int recipients, boolean repeated) implements Serializable {}

  record Sending(
      String subject,
      RegistrationState state,
      ParticipationMode mode,
      int recipients,
      Instant sentAt)
      implements Serializable {}

  /**
   * @throws org.colloquium.kernel.validation.ValidationException naming each wrong field
   */
  Preview preview(Long actorId, String slug, Draft draft);

  /**
   * @throws org.colloquium.kernel.validation.ValidationException naming each wrong field
   */
  Sent send(Long actorId, String slug, Draft draft, String sendKey);

  /** The event's sendings, newest first. */
  List<Sending> sendings(Long actorId, String slug);
}
