package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.colloquium.events.application.CallState;
import org.colloquium.submissions.domain.ReadOnlyReason;
import org.junit.jupiter.api.Test;

class MySubmissionsTest {

  @Test
  void aBlankFormOfACallNotYetOpenSaysSoRatherThanThatTheDeadlinePassed() {
    assertNull(MySubmissions.readOnlyReason(CallState.OPEN));
    assertEquals(ReadOnlyReason.NOT_YET_OPEN, MySubmissions.readOnlyReason(CallState.UPCOMING));
    assertEquals(ReadOnlyReason.DEADLINE_PASSED, MySubmissions.readOnlyReason(CallState.CLOSED));
  }
}
