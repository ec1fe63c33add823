package org.colloquium.registration.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colloquium.events.api.AttendanceMode;
import org.junit.jupiter.api.Test;

class PlacesTest {

  @Test
  void placesLeftCountWhatIsNeitherHeldNorWaitedFor() {
    assertEquals(12, new Places(ParticipationMode.IN_PERSON, 40, 28, 0).left());
    assertFalse(new Places(ParticipationMode.IN_PERSON, 40, 28, 0).full());
    assertEquals(0, new Places(ParticipationMode.IN_PERSON, 40, 40, 3).left());
    assertTrue(new Places(ParticipationMode.IN_PERSON, 40, 40, 0).full());
  }

  @Test
  void aPlaceFreedWhileOthersWaitIsTheirsNotANewcomers() {
    Places handingOver = new Places(ParticipationMode.IN_PERSON, 40, 39, 2);
    assertTrue(handingOver.full());
    assertEquals(0, handingOver.left());
  }

  @Test
  void unlimitedPlacesAreNeverFull() {
    Places online = new Places(ParticipationMode.ONLINE, null, 5000, 0);
    assertTrue(online.unlimited());
    assertNull(online.left());
    assertFalse(online.full());
  }

  @Test
  void anEventsAttendanceNamesTheModesOffered() {
    assertEquals(
        List.of(ParticipationMode.IN_PERSON, ParticipationMode.ONLINE),
        ParticipationMode.offeredBy(AttendanceMode.HYBRID));
    assertEquals(
        List.of(ParticipationMode.ONLINE), ParticipationMode.offeredBy(AttendanceMode.ONLINE));
    assertTrue(RegistrationState.OFFERED.holdsPlace());
    assertFalse(RegistrationState.WAITLISTED.holdsPlace());
    assertTrue(RegistrationState.REJECTED.ended());
  }
}
