package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An event's registration as organisers set it, times in the event's zone. A mode not offered has
 * {@code false}; a capacity of null is unlimited. {@code changesUntil} (optional) is when attendees
 * stop changing their answers and mode themselves; {@code participantList} says who may read the
 * list of participants.
 */
public record RegistrationSetup(
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    boolean inPerson,
    Integer inPersonCapacity,
    boolean online,
    Integer onlineCapacity,
    Moderation moderation,
    int offerHours,
    LocalDateTime changesUntil,
    ParticipantList participantList)
    implements Serializable {

  public static final int DEFAULT_OFFER_HOURS = 48;
}
