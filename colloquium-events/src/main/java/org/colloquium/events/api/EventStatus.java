package org.colloquium.events.api;

/** Only published and archived events are visible to the public. */
public enum EventStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED;

  public boolean isPublic() {
    return this != DRAFT;
  }
}
