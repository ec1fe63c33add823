package org.colloquium.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WallClockTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-10-25T03:30",
        "2026-10-25 03:30",
        "2026-10-25T03:30:00",
        " 2026-10-25T03:30 "
      })
  void readsWhatBrowsersSendAndPeopleType(String text) {
    assertEquals(LocalDateTime.of(2026, 10, 25, 3, 30), WallClockText.parse(text).orElseThrow());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "  ", "tomorrow", "2026-02-30T10:00", "2026-01-15T25:00", "25/10/2026 03:30"})
  void anythingElseIsNothing(String text) {
    assertTrue(WallClockText.parse(text).isEmpty());
  }
}
