package org.colloquium.web.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 *   <li>a change of public content committed on this node: at once, and nothing is kept until the
 *       schedule below has been read again (the change may have scheduled one), which starts at
 *       once in the background;
 *   <li>one committed on another node: when this node next reads the public content version, which
 *       it does every {@link #POLL_INTERVAL} in the background;
 *   <li>a moment at which some page changes by itself (a {@link PublicPageSchedule}): when the
 *       clock reaches it (until the next read has found the moment after, nothing is kept);
 *   <li>and in any case once an entry is {@link #MAX_AGE} old, for what no rule above sees (the
 *       name of a track chair changed in a profile).
 * </ul>
 *
 * A request never waits for the database here: the version and the schedule are read by the
 * background poll. (When they were read by whichever request found them out of date, every public
 * page waited behind that one read whenever the connection pool was busy, as in a deadline rush.)
 *
 * <p>Bounded by {@link Settings#pageCacheMegabytes()}: the least recently used pages go first.
 */
@ApplicationScoped
public class RenderedPages {

  private static final Logger LOG = Logger.getLogger(RenderedPages.class.getName());

  /** How often the version is read: the delay before a change made on another node is seen. */
  static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** A page larger than this is sent, never kept. */
  static final int LARGEST_PAGE = 1024 * 1024;

  /**
   * What the cached pages were rendered under: the version of public content in the database, the
   * changes this node had committed, and the time span in which no page changes by itself. A page
   * rendered under one generation is kept only if the generation is still current when it is
   * complete.
   */
  record Generation(long id, long version, long localChanges, Instant from, Instant until) {

    /** Keeps nothing and finds nothing: before the first read, and past a scheduled change. */
    static final Generation NONE = new Generation(-1, -1, -1, Instant.MIN, Instant.MIN);

    boolean keeps() {
      return id >= 0;
    }
  }

  @Inject PublicContentVersion contentVersion;
  @Inject @Any Instance<PublicPageSchedule> schedules;
  @Inject Clock clock;
  @Inject Settings settings;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Nanosecond ticks for entries' ages; a test clock may jump, these never do. */
  LongSupplier ticks = System::nanoTime;

  private final Map<PageKey, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private volatile Generation generation = Generation.NONE;
  private final AtomicLong generations = new AtomicLong();
  private ScheduledFuture<?> polling;
  private boolean failing;

  /** Starts the background reads when the application starts. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (scheduler != null && enabled()) {
      polling =
          scheduler.scheduleWithFixedDelay(
              this::poll,
              POLL_INTERVAL.toMillis(),
              POLL_INTERVAL.toMillis(),
              TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** Whether pages are kept at all (a size of 0 switches the cache off). */
  public boolean enabled() {
    return limit() > 0;
  }

  /**
   * The generation pages are rendered under now, without reading the database: a change committed
   * on this node starts a new one at once; past a scheduled change there is none until the next
   * poll.
   */
  Generation current() {
    Generation g = generation;
    if (!g.keeps()) {
      return g;
    }
    Instant now = clock.instant();
    // A change made here may itself have scheduled one (a news item for tomorrow), and past a
    // scheduled change the next one is unknown: either way nothing is kept until the schedule has
    // been read again, which the first request to notice asks for at once.
    if (contentVersion.committedHere() != g.localChanges()
        || now.isBefore(g.from())
        || !now.isBefore(g.until())) {
      if (advance(g, Generation.NONE) == Generation.NONE) {
        pollSoon();
      }
      return Generation.NONE;
    }
    return g;
  }

  /**
   * Reads the version of public content and, when anything moved, the next scheduled change; runs
   * every {@link #POLL_INTERVAL} on the managed scheduler.
   */
  void poll() {
    try {
      long version = contentVersion.current();
      long local = contentVersion.committedHere();
      Instant now = clock.instant();
      Generation g = generation;
      boolean unchanged =
          g.keeps()
              && g.version() == version
              && g.localChanges() == local
              && !now.isBefore(g.from())
              && now.isBefore(g.until());
      if (!unchanged) {
        Instant until = nextScheduledChange(now);
        advance(g, new Generation(generations.incrementAndGet(), version, local, now, until));
      }
      if (failing) {
        LOG.info("the public content version can be read again; public pages are kept again");
        failing = false;
      }
    } catch (RuntimeException e) {
      // Pages are still dropped at once for changes made here, and at their maximum age.
      if (!failing) {
        LOG.log(Level.WARNING, "cannot read the public content version; will try again", e);
        failing = true;
      }
    }
  }

  /**
   * Makes {@code next} the generation, if {@code from} is still the current one, and drops every
   * kept page.
   *
   * @return the generation now current
   */
  private synchronized Generation advance(Generation from, Generation next) {
    if (generation != from) {
      return generation;
    }
    synchronized (pages) {
      pages.clear();
      bytes = 0;
    }
    generation = next;
    return next;
  }

  /** An extra read in the background now, besides the regular ones. */
  private void pollSoon() {
    if (scheduler != null && polling != null) {
      try {
        scheduler.execute(this::poll);
      } catch (RuntimeException rejected) {
        // Shutting down, or the pool is full: the regular read comes within a second.
      }
    }
  }

  private Instant nextScheduledChange(Instant now) {
    Instant earliest = Instant.MAX;
    for (PublicPageSchedule schedule : schedules()) {
      Optional<Instant> next = schedule.nextChangeAfter(now);
      if (next.isPresent() && next.get().isBefore(earliest)) {
        earliest = next.get();
      }
    }
    return earliest;
  }

  /** The page kept for {@code key}, if it is still good. */
  Optional<CachedPage> find(PageKey key, Generation current) {
    if (!current.keeps()) {
      return Optional.empty();
    }
    synchronized (pages) {
      if (generation.id() != current.id()) {
        return Optional.empty();
      }
      CachedPage page = pages.get(key);
      if (page != null && ticks.getAsLong() - page.createdNanos() >= MAX_AGE.toNanos()) {
        pages.remove(key);
        bytes -= page.size();
        page = null;
      }
      return Optional.ofNullable(page);
    }
  }

  /** Keeps {@code page} if nothing changed since {@code renderedUnder} began. */
  void keep(PageKey key, CachedPage page, Generation renderedUnder) {
    if (!renderedUnder.keeps()
        || page.size() > LARGEST_PAGE
        || current().id() != renderedUnder.id()) {
      return;
    }
    synchronized (pages) {
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

  private long limit() {
    return settings.pageCacheMegabytes() * 1024L * 1024L;
  }
}
