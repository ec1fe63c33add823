package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.kernel.i18n.Language;

/**
 * One registration as its event's organisers see it: the answers, what happened to it and who did
 * it, the door and the online room, consents and certificates. The person's links (manage, join)
 * are theirs alone and are not here.
 *
 * @param checkedInAt when checked in at the door, or null
 * @param joinedAt each use of the join link (at most one in five minutes), oldest first
 * @param speakerTitles what a speaker presents, else empty
 */
public record RegistrantDetail(
    String slug,
    String eventTitle,
    ZoneId zone,
    RegistrantRow row,
    Language language,
    Instant checkedInAt,
    List<Instant> joinedAt,
    List<String> speakerTitles,
    List<Change> history,
    List<Consent> consents,
    List<CertificateView> certificates,
    List<AnswerLine> answers)
    implements Serializable {

  /** Who made a change. */
  public enum By {
    PERSON,
    ORGANISER,
    PLATFORM
  }

  /**
   * A change of state (or of mode, in the note).
   *
   * @param from null for the first
   */
  public record Change(
      Instant at,
      RegistrationState from,
      RegistrationState to,
      ParticipationMode mode,
      By by,
      String note)
      implements Serializable {}

  /** A consent as recorded: what, which wording, given or withdrawn, and by whom. */
  public record Consent(String purpose, int version, boolean given, Instant at, boolean byOrganiser)
      implements Serializable {}
}
