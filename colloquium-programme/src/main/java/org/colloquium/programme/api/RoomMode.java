package org.colloquium.programme.api;

/** How people take part in what happens in a room. */
public enum RoomMode {
  IN_PERSON,
  /** A meeting or stream only: nobody is in a room. */
  ONLINE,
  /** In the room and streamed. */
  HYBRID;

  public boolean online() {
    return this != IN_PERSON;
  }
}
