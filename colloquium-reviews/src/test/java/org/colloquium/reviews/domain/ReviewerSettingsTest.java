package org.colloquium.reviews.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewerSettingsTest {

  @Test
  void withoutAPoolEveryTrackAndNoTrack() {
    ReviewerSettings settings = new ReviewerSettings(1L, 2L);
    assertTrue(settings.reviewsTrack(10L));
    assertTrue(settings.reviewsTrack(null), "a submission without a track too");
  }

  @Test
  void aPoolKeepsToItsTracks() {
    ReviewerSettings settings = new ReviewerSettings(1L, 2L);
    settings.pool(Set.of(10L, 11L));
    assertTrue(settings.reviewsTrack(10L));
    assertTrue(settings.reviewsTrack(11L));
    assertFalse(settings.reviewsTrack(12L));
    assertFalse(settings.reviewsTrack(null), "a submission without a track is in no pool");
  }

  @Test
  void thePoolIsApartFromTheInterests() {
    ReviewerSettings settings = new ReviewerSettings(1L, 2L);
    settings.interests(Set.of(12L), List.of("energy"));
    settings.pool(Set.of(10L));
    assertEquals(Set.of(12L), settings.trackIds());
    assertEquals(Set.of(10L), settings.poolTrackIds());
    settings.pool(Set.of());
    assertTrue(settings.reviewsTrack(12L), "an empty pool is every track again");
  }
}
