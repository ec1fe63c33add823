package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.i18n.Language;

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

  /** The event's public ticket key, for devices or tools that check tickets offline. */
  DoorKey doorKey(Long actorId, String slug);

  /**
   * What checking a ticket needs: a ticket {@code CQ1.<registration>.<signature>} is genuine when
   * the signature (Ed25519, Base64 URL-safe without padding) verifies over {@code
   * CQ1:<eventId>:<registration>} with this key.
   *
   * @param publicKey X.509 SubjectPublicKeyInfo, Base64 (the body of a PEM "PUBLIC KEY")
   */
  record DoorKey(Long eventId, String publicKey) implements Serializable {

    /** The key as PEM, after lines saying how a ticket is checked (PEM readers skip them). */
    public String pem() {
      StringBuilder out = new StringBuilder();
      out.append("Colloquium ticket key of event ").append(eventId).append('\n');
      out.append("A ticket CQ1.<registration>.<signature> is genuine when <signature>\n");
      out.append("(Ed25519, Base64 URL-safe, no padding) verifies over CQ1:")
          .append(eventId)
          .append(":<registration>\n");
      out.append("-----BEGIN PUBLIC KEY-----\n");
      for (int i = 0; i < publicKey.length(); i += 64) {
        out.append(publicKey, i, Math.min(publicKey.length(), i + 64)).append('\n');
      }
      return out.append("-----END PUBLIC KEY-----\n").toString();
    }
  }

  record Desk(String slug, String eventTitle, ZoneId zone, long expected, long checkedIn)
      implements Serializable {}

  /**
   * Someone at the door, with what the helper must see: their state and mode, and the needs the
   * organisers show at check-in (dietary, accessibility, and the answers to the questions marked to
   * be shown at the door).
   */
  record Person(
      Long id,
      String fullName,
      String affiliation,
      ParticipationMode mode,
      RegistrationState state,
      String dietaryNeeds,
      String accessibilityNeeds,
      Instant checkedInAt,
      Map<Language, List<AnswerLine>> notes)
      implements Serializable {

    /** The answers shown at the door, labelled in the helper's language. */
    public List<AnswerLine> notesIn(Language language) {
      return notes.getOrDefault(language, notes.getOrDefault(Language.fallback(), List.of()));
    }
  }

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
