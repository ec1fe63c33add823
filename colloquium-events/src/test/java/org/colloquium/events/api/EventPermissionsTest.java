package org.colloquium.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventPermissionsTest {

  private static final Set<EventRole> NONE = Set.of();

  @Test
  void administratorManagesEveryEventWithoutARole() {
    assertTrue(EventPermissions.canManage(true, NONE));
  }

  @Test
  void organiserManagesTheEvent() {
    assertTrue(EventPermissions.canManage(false, Set.of(EventRole.ORGANISER)));
    assertTrue(EventPermissions.canManage(false, EnumSet.allOf(EventRole.class)));
  }

  @Test
  void reviewersTrackChairsAndStrangersDoNot() {
    assertFalse(EventPermissions.canManage(false, Set.of(EventRole.REVIEWER)));
    assertFalse(EventPermissions.canManage(false, Set.of(EventRole.TRACK_CHAIR)));
    assertFalse(
        EventPermissions.canManage(false, Set.of(EventRole.REVIEWER, EventRole.TRACK_CHAIR)));
    assertFalse(EventPermissions.canManage(false, NONE));
  }

  @Test
  void draftIsVisibleOnlyToThoseWhoManageIt() {
    assertTrue(EventPermissions.canSee(EventStatus.DRAFT, true, NONE));
    assertTrue(EventPermissions.canSee(EventStatus.DRAFT, false, Set.of(EventRole.ORGANISER)));
    assertFalse(EventPermissions.canSee(EventStatus.DRAFT, false, Set.of(EventRole.REVIEWER)));
    assertFalse(EventPermissions.canSee(EventStatus.DRAFT, false, Set.of(EventRole.TRACK_CHAIR)));
    assertFalse(EventPermissions.canSee(EventStatus.DRAFT, false, NONE));
  }

  @ParameterizedTest
  @EnumSource(
      value = EventStatus.class,
      names = {"PUBLISHED", "ARCHIVED"})
  void publishedAndArchivedEventsAreVisibleToEveryone(EventStatus status) {
    assertTrue(EventPermissions.canSee(status, false, NONE));
    assertTrue(status.isPublic());
  }

  @Test
  void onlyDraftIsNotPublic() {
    assertEquals(
        EnumSet.of(EventStatus.DRAFT),
        EnumSet.copyOf(
            EnumSet.allOf(EventStatus.class).stream().filter(s -> !s.isPublic()).toList()));
  }

  @Test
  void doorHelpersCheckPeopleInAndManageNothing() {
    assertTrue(EventPermissions.canCheckIn(false, Set.of(EventRole.DOOR)));
    assertTrue(EventPermissions.canCheckIn(false, Set.of(EventRole.ORGANISER)));
    assertTrue(EventPermissions.canCheckIn(true, NONE));
    assertFalse(EventPermissions.canCheckIn(false, Set.of(EventRole.REVIEWER)));
    assertFalse(EventPermissions.canCheckIn(false, Set.of(EventRole.TRACK_CHAIR)));
    assertFalse(EventPermissions.canCheckIn(false, NONE));
    assertFalse(EventPermissions.canManage(false, Set.of(EventRole.DOOR)));
    assertFalse(EventPermissions.canSee(EventStatus.DRAFT, false, Set.of(EventRole.DOOR)));
  }
}
