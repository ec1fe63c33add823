package org.colloquium.kernel.files.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairSharesTest {

  private long now = 1_000_000_000L;
  private final FairShares shares = new FairShares(() -> now);

  private void after(java.time.Duration duration) {
    now += duration.toNanos();
  }

  @Test
  void someoneNeverSeenHasUsedNothing() {
    assertEquals(0, shares.standing("author"));
  }

  @Test
  void useIsChargedWhenThePlaceIsGivenBackAndHalvesEveryHalfLife() {
    assertTrue(shares.enter("bomber", 2));
    assertEquals(0, shares.standing("bomber"), "charged when done, not when waiting");
    shares.leave("bomber", 800);
    assertEquals(800, shares.standing("bomber"), 1e-9);
    after(FairShares.HALF_LIFE);
    assertEquals(400, shares.standing("bomber"), 1e-9);
    assertTrue(shares.enter("bomber", 2));
    shares.leave("bomber", 100);
    assertEquals(500, shares.standing("bomber"), 1e-9);
    after(FairShares.HALF_LIFE.multipliedBy(2));
    assertEquals(125, shares.standing("bomber"), 1e-9);
  }

  @Test
  void aRequesterHasOnlySoManyPlaces() {
    assertTrue(shares.enter("bomber", 2));
    assertTrue(shares.enter("bomber", 2));
    assertFalse(shares.enter("bomber", 2));
    assertTrue(shares.enter("author", 2), "others are not held up by it");
    shares.leave("bomber", 0);
    assertTrue(shares.enter("bomber", 2));
  }

  @Test
  void givingBackMoreThanWasTakenChangesNothing() {
    shares.leave("stranger", 1_000);
    assertEquals(0, shares.standing("stranger"));
  }

  @Test
  void manyRequestersWithLittleUseAreForgottenButNotThoseWithFilesInHand() {
    assertTrue(shares.enter("waiting", 1));
    for (int i = 0; i < FairShares.PRUNE_ABOVE; i++) {
      shares.enter("visitor " + i, 1);
      shares.leave("visitor " + i, 10);
    }
    assertTrue(shares.enter("one more", 1));
    assertTrue(shares.size() < 10, "forgotten: " + shares.size());
    assertFalse(shares.enter("waiting", 1), "still holds its place");
  }
}
