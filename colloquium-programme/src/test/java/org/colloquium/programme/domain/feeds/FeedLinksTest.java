package org.colloquium.programme.domain.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedLinksTest {

  @Test
  void theRoutesAreThePublicSites() {
    FeedLinks links =
        new FeedLinks(URI.create("https://conf.example.org/colloquium//"), "cilr-2026");

    String events = "https://conf.example.org/colloquium/events/cilr-2026";
    assertEquals(URI.create(events + "/programme"), links.programme());
    assertEquals(URI.create(events + "/programme/contributions/42"), links.contribution(42));
    assertEquals(URI.create(events + "/programme/sessions/7"), links.session(7));
    assertEquals(URI.create(events + "/programme/releases"), links.releases());
    assertEquals(URI.create(events + "/programme.ics"), links.calendar());
    assertEquals(URI.create(events + "/schedule.xml"), links.scheduleXml());
    assertEquals(URI.create(events + "/schedule.json"), links.scheduleJson());
    assertEquals(URI.create(events + "/programme/releases.atom"), links.releasesAtom());
    assertEquals("conf.example.org", links.host());
  }

  @Test
  void aRelativeBaseOrASlugThatNeedsEscapingIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new FeedLinks(URI.create("/colloquium"), "cilr"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeedLinks(URI.create("https://conf.example.org"), "cilr 2026/x"));
  }
}
