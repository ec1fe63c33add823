package org.colloquium.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.publicpages.PublicContentVersion;
import org.colloquium.kernel.publicpages.PublicPageSchedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  /** The database's counter and this node's commits, set by the test. */
  static final class Versions extends PublicContentVersion {
    long database;
    long here;
    int reads;

    boolean broken;

    @Override
    public long current() {
      reads++;
      if (broken) {
        throw new IllegalStateException("no connection");
      }
      return database;
    }

    @Override
    public long committedHere() {
      return here;
    }
  }

  static final class MovableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Versions versions = new Versions();
  private final MovableClock clock = new MovableClock();
  private Optional<Instant> nextChange = Optional.empty();
  private long ticks;
  private long megabytes = 64;
  private RenderedPages pages;

  @BeforeEach
  void setUp() {
    pages =
        new RenderedPages() {
          @Override
          Iterable<PublicPageSchedule> schedules() {
            return List.of(now -> nextChange.filter(next -> next.isAfter(now)));
          }
        };
    pages.contentVersion = versions;
    pages.clock = clock;
    pages.ticks = () -> ticks;
    pages.settings =
        new Settings() {
          @Override
          public long pageCacheMegabytes() {
            return megabytes;
          }
        };
    pages.poll();
  }

  private static PageKey key(String path) {
    return new PageKey("http://localhost:8080", path, null, Language.EN);
  }

  private CachedPage page(int bytes) {
    CapturingResponse captured = new CapturingResponse(new FakeResponse().response);
    try {
      captured.getOutputStream().write(new byte[bytes], 0, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return CachedPage.of(captured, "text/html", clock.instant(), ticks).orElseThrow();
  }

  private void keep(String path) {
    pages.keep(key(path), page(100), pages.current());
  }

  private boolean kept(String path) {
    return pages.find(key(path), pages.current()).isPresent();
  }

  @Test
  void aKeptPageIsFoundUntilSomethingChanges() {
    keep("/");
    assertTrue(kept("/"));
    assertEquals(false, kept("/news"));
  }

  @Test
  void aChangeCommittedOnThisNodeDropsEverythingAtOnce() {
    keep("/");
    versions.here++;
    assertEquals(false, kept("/"));
  }

  @Test
  void afterALocalChangeNothingIsKeptUntilTheScheduleIsReadAgain() {
    keep("/");
    versions.here++;
    versions.database++;
    nextChange = Optional.of(T0.plusSeconds(30)); // the change scheduled a news item
    keep("/");
    assertEquals(false, kept("/"), "the page may show what the change scheduled");
    pages.poll();
    keep("/");
    assertTrue(kept("/"));
    clock.now = T0.plusSeconds(30);
    assertEquals(false, kept("/"), "the schedule the change made is known");
  }

  @Test
  void nothingIsKeptBeforeTheFirstRead() {
    RenderedPages fresh = new RenderedPages();
    fresh.contentVersion = versions;
    fresh.clock = clock;
    fresh.settings = pages.settings;
    assertEquals(false, fresh.current().keeps());
    fresh.keep(key("/"), page(100), fresh.current());
    assertEquals(false, fresh.find(key("/"), fresh.current()).isPresent());
  }

  @Test
  void aChangeOnAnotherNodeIsSeenAtTheNextRead() {
    keep("/");
    versions.database++;
    assertTrue(kept("/"), "requests never read the version themselves");
    pages.poll();
    assertEquals(false, kept("/"));
  }

  @Test
  void requestsNeverReadTheDatabaseAndAReadOfAnUnchangedVersionKeepsThePages() {
    keep("/");
    int before = versions.reads;
    for (int i = 0; i < 1000; i++) {
      kept("/");
    }
    assertEquals(before, versions.reads);
    pages.poll();
    assertEquals(before + 1, versions.reads);
    assertTrue(kept("/"), "an unchanged version keeps the pages");
  }

  @Test
  void aFailedReadKeepsThePagesAndTheNextOneCatchesUp() {
    keep("/");
    versions.broken = true;
    pages.poll();
    assertTrue(kept("/"));
    versions.broken = false;
    versions.database++;
    pages.poll();
    assertEquals(false, kept("/"));
  }

  @Test
  void aScheduledChangeDropsThePagesWhenTheClockReachesIt() {
    nextChange = Optional.of(T0.plusSeconds(30));
    versions.database++; // a change that scheduled something: the next read finds the moment
    pages.poll();
    keep("/");
    clock.now = T0.plusSeconds(29);
    assertTrue(kept("/"));
    clock.now = T0.plusSeconds(30);
    assertEquals(false, kept("/"));
    keep("/");
    assertEquals(false, kept("/"), "nothing is kept until a read found the next change");
    nextChange = Optional.empty();
    pages.poll();
    keep("/");
    assertTrue(kept("/"));
  }

  @Test
  void aClockMovedBackDropsThePages() {
    keep("/");
    clock.now = T0.minusSeconds(1);
    assertEquals(false, kept("/"));
    pages.poll();
    assertEquals(false, kept("/"), "the next read starts afresh");
  }

  @Test
  void noPageOutlivesItsMaximumAge() {
    keep("/");
    ticks += RenderedPages.MAX_AGE.toNanos() - 1;
    assertTrue(pages.find(key("/"), pages.current()).isPresent());
    ticks += 1;
    assertEquals(false, pages.find(key("/"), pages.current()).isPresent());
  }

  @Test
  void aPageRenderedWhileSomethingChangedIsNotKept() {
    RenderedPages.Generation before = pages.current();
    versions.here++;
    pages.keep(key("/"), page(100), before);
    assertEquals(false, kept("/"));
  }

  @Test
  void theLeastRecentlyUsedPagesGoFirstWhenMemoryRunsOut() {
    megabytes = 1;
    RenderedPages.Generation g = pages.current();
    pages.keep(key("/a"), page(400_000), g);
    pages.keep(key("/b"), page(400_000), g);
    assertTrue(kept("/a"), "touches /a, so /b is now the least recently used");
    pages.keep(key("/c"), page(400_000), g);
    assertTrue(kept("/a"));
    assertEquals(false, kept("/b"));
    assertTrue(kept("/c"));
  }

  @Test
  void aPageLargerThanTheLargestIsNeverKept() {
    pages.keep(key("/big"), page(RenderedPages.LARGEST_PAGE + 1), pages.current());
    assertEquals(false, kept("/big"));
  }

  @Test
  void everyLanguageHasItsOwnPage() {
    RenderedPages.Generation g = pages.current();
    pages.keep(key("/"), page(10), g);
    PageKey romanian = new PageKey("http://localhost:8080", "/", null, Language.RO);
    assertNotEquals(key("/"), romanian);
    assertEquals(false, pages.find(romanian, g).isPresent());
  }

  @Test
  void aSizeOfZeroSwitchesTheCacheOff() {
    megabytes = 0;
    assertEquals(false, pages.enabled());
  }
}
