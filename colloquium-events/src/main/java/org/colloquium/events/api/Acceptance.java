package org.colloquium.events.api;

/** The outcome of accepting an invitation: the role now held in the event with this slug. */
public record Acceptance(String slug, String eventTitle, EventRole role) {

  /** Organisers go on to manage the event; others have nothing to do there yet. */
  public boolean managesEvent() {
    return role == EventRole.ORGANISER;
  }
}
