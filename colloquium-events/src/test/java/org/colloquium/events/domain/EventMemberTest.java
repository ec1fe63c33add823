package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.colloquium.events.api.EventRole;
import org.junit.jupiter.api.Test;

class EventMemberTest {

  private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

  @Test
  void theLastOrganiserMustStay() {
    EventMember organiser = new EventMember(1L, 2L, EventRole.ORGANISER, NOW);
    assertTrue(organiser.isLastOrganiser(1));
    assertFalse(organiser.isLastOrganiser(2));
  }

  @Test
  void otherRolesCanAlwaysGo() {
    for (EventRole role : new EventRole[] {EventRole.REVIEWER, EventRole.TRACK_CHAIR}) {
      assertFalse(new EventMember(1L, 2L, role, NOW).isLastOrganiser(1));
      assertFalse(new EventMember(1L, 2L, role, NOW).isLastOrganiser(0));
    }
  }

  @Test
  void aCopyKeepsPersonAndRoleInTheNewEvent() {
    EventMember chair = new EventMember(1L, 2L, EventRole.TRACK_CHAIR, NOW);
    EventMember copy = chair.copyTo(9L, NOW.plusSeconds(60));
    assertEquals(9L, copy.eventId());
    assertEquals(2L, copy.accountId());
    assertEquals(EventRole.TRACK_CHAIR, copy.role());
    assertEquals(NOW.plusSeconds(60), copy.grantedAt());
  }
}
