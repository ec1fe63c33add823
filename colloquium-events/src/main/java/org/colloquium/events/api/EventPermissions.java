package org.colloquium.events.api;

import java.util.Set;

/**
 * Who may do what with one event. Platform administrators may manage every event; otherwise only
 * its organisers. Kept free of persistence so the rules are tested directly.
 */
public final class EventPermissions {

  private EventPermissions() {}

  public static boolean canManage(boolean platformAdministrator, Set<EventRole> roles) {
    return platformAdministrator || roles.contains(EventRole.ORGANISER);
  }

  /** Drafts exist only for those who may manage them; everyone else gets "not found". */
  /** Checking registrants in: organisers, door helpers and platform administrators. */
  public static boolean canCheckIn(boolean platformAdministrator, Set<EventRole> roles) {
    return canManage(platformAdministrator, roles) || roles.contains(EventRole.DOOR);
  }

  public static boolean canSee(
      EventStatus status, boolean platformAdministrator, Set<EventRole> roles) {
    return status.isPublic() || canManage(platformAdministrator, roles);
  }
}
