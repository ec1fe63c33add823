package org.colloquium.registration.api;

import java.io.Serializable;
import java.util.List;

/**
 * The list of participants as a viewer may read it: {@code people} is empty when {@code readable}
 * is false (a list for registrants, read by someone who is not one).
 */
public record Participants(
    String slug,
    String eventTitle,
    ParticipantList visibility,
    boolean readable,
    List<Person> people)
    implements Serializable {

  /** A listed participant. */
  public record Person(String fullName, String affiliation) implements Serializable {}
}
