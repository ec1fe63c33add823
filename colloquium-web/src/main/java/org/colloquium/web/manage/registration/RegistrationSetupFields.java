package org.colloquium.web.manage.registration;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.time.WallClockText;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.RegistrationSetup;

/**
 * The registration settings as typed: times as the browser's datetime-local text, capacities and
 * hours as text, so that something unreadable is reported next to its field and kept as typed.
 */
public class RegistrationSetupFields implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private String opensAt;
  private String closesAt;
  private boolean inPerson;
  private String inPersonCapacity;
  private boolean online;
  private String onlineCapacity;
  private String moderation;
  private String offerHours;
  private String changesUntil;
  private String participantList;

  static RegistrationSetupFields of(RegistrationSetup s) {
    RegistrationSetupFields f = new RegistrationSetupFields();
    f.opensAt = text(s.opensAt());
    f.closesAt = text(s.closesAt());
    f.inPerson = s.inPerson();
    f.inPersonCapacity = s.inPersonCapacity() == null ? null : s.inPersonCapacity().toString();
    f.online = s.online();
    f.onlineCapacity = s.onlineCapacity() == null ? null : s.onlineCapacity().toString();
    f.moderation = s.moderation().name();
    f.offerHours = Integer.toString(s.offerHours());
    f.changesUntil = text(s.changesUntil());
    f.participantList = s.participantList().name();
    return f;
  }

  private static String text(LocalDateTime time) {
    return time == null ? null : LOCAL.format(time);
  }

  /** The settings, or every field that cannot be read. */
  RegistrationSetup setup() {
    List<Problem> problems = new ArrayList<>();
    LocalDateTime opens = time(opensAt, "opensAt", problems);
    LocalDateTime closes = time(closesAt, "closesAt", problems);
    LocalDateTime changes = time(changesUntil, "changesUntil", problems);
    Integer inPersonPlaces = number(inPersonCapacity, "inPersonCapacity", problems);
    Integer onlinePlaces = number(onlineCapacity, "onlineCapacity", problems);
    Integer hours = number(offerHours, "offerHours", problems);
    ParticipantList list = ParticipantList.OFF;
    try {
      list =
          participantList == null ? ParticipantList.OFF : ParticipantList.valueOf(participantList);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of("participantList", "registration.setup.participantList.required"));
    }
    Moderation chosen = null;
    try {
      chosen = moderation == null ? null : Moderation.valueOf(moderation);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of("moderation", "registration.setup.moderation.required"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new RegistrationSetup(
        opens,
        closes,
        inPerson,
        inPersonPlaces,
        online,
        onlinePlaces,
        chosen,
        hours == null ? RegistrationSetup.DEFAULT_OFFER_HOURS : hours,
        changes,
        list);
  }

  private static LocalDateTime time(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var parsed = WallClockText.parse(text);
    if (parsed.isEmpty()) {
      problems.add(Problem.of(field, "registration.setup.notATime"));
      return null;
    }
    return parsed.get();
  }

  private static Integer number(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(Problem.of(field, "registration.setup.notANumber"));
      return null;
    }
  }

  public String getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(String opensAt) {
    this.opensAt = opensAt;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(String closesAt) {
    this.closesAt = closesAt;
  }

  public boolean isInPerson() {
    return inPerson;
  }

  public void setInPerson(boolean inPerson) {
    this.inPerson = inPerson;
  }

  public String getInPersonCapacity() {
    return inPersonCapacity;
  }

  public void setInPersonCapacity(String inPersonCapacity) {
    this.inPersonCapacity = inPersonCapacity;
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public String getOnlineCapacity() {
    return onlineCapacity;
  }

  public void setOnlineCapacity(String onlineCapacity) {
    this.onlineCapacity = onlineCapacity;
  }

  public String getModeration() {
    return moderation;
  }

  public void setModeration(String moderation) {
    this.moderation = moderation;
  }

  public String getOfferHours() {
    return offerHours;
  }

  public void setOfferHours(String offerHours) {
    this.offerHours = offerHours;
  }

  public String getParticipantList() {
    return participantList;
  }

  public void setParticipantList(String participantList) {
    this.participantList = participantList;
  }

  public String getChangesUntil() {
    return changesUntil;
  }

  public void setChangesUntil(String changesUntil) {
    this.changesUntil = changesUntil;
  }
}
