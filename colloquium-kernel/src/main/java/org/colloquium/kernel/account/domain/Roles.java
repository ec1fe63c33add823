package org.colloquium.kernel.account.domain;

/**
 * Platform-wide roles known to the container. Everyone signed in holds {@link #USER} and may act as
 * author or attendee; per-event roles (organiser, reviewer, track chair) live in the database of
 * the events module and are checked by its rules, not by the container.
 */
public final class Roles {

  public static final String USER = "user";
  public static final String ADMINISTRATOR = "administrator";

  private Roles() {}
}
