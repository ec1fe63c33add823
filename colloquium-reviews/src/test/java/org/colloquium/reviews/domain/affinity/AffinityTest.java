package org.colloquium.reviews.domain.affinity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.colloquium.reviews.api.Bid;
import org.junit.jupiter.api.Test;

/** Affinity from declared topics, and how bids and affinity make a pair's cost. */
class AffinityTest {

  @Test
  void aTrackAndSharedKeywordsMakeTheAffinityWithItsReasons() {
    Affinity a =
        Affinity.of(
            Set.of(3L),
            List.of("Stiinte politice", "energy security", "NATO"),
            3L,
            List.of("științe politice", "Energy  Security", "gas"));
    assertEquals(100, a.value());
    assertTrue(a.trackInterest());
    assertEquals(List.of("științe politice", "Energy  Security"), a.sharedKeywords());
    assertEquals(25, Affinity.of(Set.of(), List.of("gas"), 3L, List.of("gas")).value());
    assertEquals(50, Affinity.of(Set.of(3L), List.of(), 3L, List.of("gas")).value());
    assertEquals(Affinity.NONE, Affinity.of(Set.of(4L), List.of("x"), null, List.of("y")));
  }

  @Test
  void theBidOutweighsTheAffinity() {
    Affinity best = new Affinity(100, true, List.of());
    assertEquals(0, best.cost(Bid.EAGER));
    assertTrue(Affinity.NONE.cost(Bid.EAGER) <= best.cost(Bid.WILLING));
    assertTrue(
        Affinity.NONE.cost(Bid.NEUTRAL) < best.cost(Bid.RATHER_NOT), "rather not stays last");
    assertTrue(best.cost(Bid.NEUTRAL) < Affinity.NONE.cost(Bid.NEUTRAL), "affinity breaks ties");
    assertThrows(IllegalArgumentException.class, () -> best.cost(Bid.CONFLICT));
  }
}
