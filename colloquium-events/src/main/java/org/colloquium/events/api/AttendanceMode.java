package org.colloquium.events.api;

/** How people can take part. */
public enum AttendanceMode {
  IN_PERSON,
  ONLINE,
  /** In person and online: "you are welcome to attend online". */
  HYBRID;

  public boolean online() {
    return this != IN_PERSON;
  }

  public boolean inPerson() {
    return this != ONLINE;
  }
}
