package org.colloquium.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevalidationTest {

  private static final String ETAG = "W/\"abc\"";
  private static final Instant MODIFIED = Instant.parse("2026-12-02T10:15:30Z");

  @Test
  void theSameTagIsNotModifiedWeakOrStrong() {
    assertTrue(Revalidation.notModified("W/\"abc\"", -1, ETAG, MODIFIED));
    assertTrue(Revalidation.notModified("\"abc\"", -1, ETAG, MODIFIED));
    assertTrue(Revalidation.notModified("\"x\", W/\"abc\"", -1, ETAG, MODIFIED));
    assertTrue(Revalidation.notModified("*", -1, ETAG, MODIFIED));
  }

  @Test
  void anotherTagIsModifiedEvenIfTheDateWouldSayOtherwise() {
    long later = MODIFIED.plusSeconds(60).toEpochMilli();
    assertFalse(Revalidation.notModified("W/\"abd\"", later, ETAG, MODIFIED));
  }

  @Test
  void withoutTagTheDateDecidesToTheSecond() {
    assertTrue(Revalidation.notModified(null, MODIFIED.toEpochMilli(), ETAG, MODIFIED));
    assertTrue(
        Revalidation.notModified(null, MODIFIED.plusSeconds(1).toEpochMilli(), ETAG, MODIFIED));
    assertFalse(
        Revalidation.notModified(null, MODIFIED.minusSeconds(1).toEpochMilli(), ETAG, MODIFIED));
    assertFalse(Revalidation.notModified(null, -1, ETAG, MODIFIED));
  }
}
