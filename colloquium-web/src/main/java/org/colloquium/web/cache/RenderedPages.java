package org.colloquium.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.publicpages.PublicContentVersion;
import org.colloquium.kernel.publicpages.PublicPageSchedule;

/**
 * The rendered public pages of this node, and the rule for when they are all dropped:
 *
 * <ul>
 *   <li>a change of public content committed on this node: at once;
 *   <li>one committed on another node: when this node next reads the public content version, at
 *       most {@link #CHECK_INTERVAL} after the last read;
 *   <li>a moment at which some page changes by itself (a {@link PublicPageSchedule}): when the
 *       clock reaches it;
 *   <li>and in any case once an entry is {@link #MAX_AGE} old, for what no rule above sees (the
 *       name of a track chair changed in a profile).
 * </ul>
 *
 * Bounded by {@link Settings#pageCacheMegabytes()}: the least recently used pages go first.
 */
@ApplicationScoped
public class RenderedPages {

  private static final Logger LOG = Logger.getLogger(RenderedPages.class.getName());

  /** How long a node trusts the version it read last: the delay of a change made elsewhere. */
  static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** A page larger than this is sent, never kept. */
  static final int LARGEST_PAGE = 1024 * 1024;

  /**
   * What the cached pages were rendered under. A page rendered under one generation is kept only if
   * the generation is still current when it is complete.
   */
  record Generation(
      long id, long version, long localChanges, long checkedNanos, Instant from, Instant until) {}

  @Inject PublicContentVersion contentVersion;
  @Inject @Any Instance<PublicPageSchedule> schedules;
  @Inject Clock clock;
  @Inject Settings settings;

  /** Nanosecond ticks for intervals; a test clock may jump, these never do. */
  LongSupplier ticks = System::nanoTime;

  private final Map<PageKey, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private volatile Generation generation;
  private final AtomicLong generations = new AtomicLong();

  /** Whether pages are kept at all (a size of 0 switches the cache off). */
  public boolean enabled() {
    return limit() > 0;
  }

  /** The generation pages are rendered under now; empties the cache if it moved on. */
  Generation current() {
    Generation g = generation;
    long now = ticks.getAsLong();
    Instant instant = clock.instant();
    if (g != null
        && g.localChanges() == contentVersion.committedHere()
        && now - g.checkedNanos() < CHECK_INTERVAL.toNanos()
        && !instant.isBefore(g.from())
        && instant.isBefore(g.until())) {
      return g;
    }
    return refresh(now, instant);
  }

  private synchronized Generation refresh(long now, Instant instant) {
    Generation g = generation;
    long local = contentVersion.committedHere();
    long version = contentVersion.current();
    if (g != null
        && g.version() == version
        && g.localChanges() == local
        && !instant.isBefore(g.from())
        && instant.isBefore(g.until())) {
      generation = new Generation(g.id(), version, local, now, g.from(), g.until());
      return generation;
    }
    clear();
    Instant until = nextScheduledChange(instant);
    generation = new Generation(generations.incrementAndGet(), version, local, now, instant, until);
    return generation;
  }

  private Instant nextScheduledChange(Instant now) {
    Instant earliest = Instant.MAX;
    for (PublicPageSchedule schedule : schedules()) {
      try {
        Optional<Instant> next = schedule.nextChangeAfter(now);
        if (next.isPresent() && next.get().isBefore(earliest)) {
          earliest = next.get();
        }
      } catch (RuntimeException e) {
        // Without knowing the next change, keep pages only until the version is read again.
        LOG.log(Level.WARNING, "public page schedule failed; pages are kept for a second", e);
        return now.plus(CHECK_INTERVAL);
      }
    }
    return earliest;
  }

  /** The page kept for {@code key}, if it is still good. */
  Optional<CachedPage> find(PageKey key, Generation current) {
    CachedPage page;
    synchronized (this) {
      if (generation.id() != current.id()) {
        return Optional.empty();
      }
      page = pages.get(key);
      if (page != null && ticks.getAsLong() - page.createdNanos() >= MAX_AGE.toNanos()) {
        pages.remove(key);
        bytes -= page.size();
        page = null;
      }
    }
    return Optional.ofNullable(page);
  }

  /** Keeps {@code page} if nothing changed since {@code renderedUnder} began. */
  void keep(PageKey key, CachedPage page, Generation renderedUnder) {
    if (page.size() > LARGEST_PAGE || current().id() != renderedUnder.id()) {
      return;
    }
    synchronized (this) {
      if (generation.id() != renderedUnder.id()) {
        return;
      }
      CachedPage previous = pages.put(key, page);
      bytes += page.size() - (previous == null ? 0 : previous.size());
      var eldest = pages.entrySet().iterator();
      while (bytes > limit() && eldest.hasNext()) {
        bytes -= eldest.next().getValue().size();
        eldest.remove();
      }
    }
  }

  /** Every module's schedule (a seam for tests). */
  Iterable<PublicPageSchedule> schedules() {
    return schedules;
  }

  /** The application's now, for Last-Modified. */
  Instant now() {
    return clock.instant();
  }

  /** Monotonic ticks, for entries' ages. */
  long ticks() {
    return ticks.getAsLong();
  }

  private synchronized void clear() {
    pages.clear();
    bytes = 0;
  }

  private long limit() {
    return settings.pageCacheMegabytes() * 1024L * 1024L;
  }
}
