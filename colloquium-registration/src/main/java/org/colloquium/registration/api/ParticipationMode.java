package org.colloquium.registration.api;

import java.util.List;
import org.colloquium.events.api.AttendanceMode;

/** How a registrant takes part. Each mode has its own places and its own waiting list. */
public enum ParticipationMode {
  IN_PERSON,
  ONLINE;

  /** The modes an event of this attendance offers. */
  public static List<ParticipationMode> offeredBy(AttendanceMode attendance) {
    return switch (attendance) {
      case IN_PERSON -> List.of(IN_PERSON);
      case ONLINE -> List.of(ONLINE);
      case HYBRID -> List.of(IN_PERSON, ONLINE);
    };
  }
}
