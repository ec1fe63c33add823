package org.colloquium.kernel.files.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.files.domain.ContentCheck;
import org.colloquium.kernel.files.domain.PdfInspector;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link UploadInspection}. */
@ApplicationScoped
public class DefaultUploadInspection implements UploadInspection {

  private static final Logger LOG = Logger.getLogger(UploadInspection.class.getName());

  /** Files that may wait per checker: a burst at a deadline waits, a flood is told to come back. */
  static final int WAITING_PER_THREAD = 16;

  /** What the caller adds to the check's own time limit before giving up on it. */
  static final Duration GRACE = Duration.ofSeconds(2);

  /**
   * Checking lately below which a requester's file may take the express lane: an author's paper
   * takes a tenth of it, a client sending hostile files passes it within a few files.
   */
  static final Duration EXPRESS_BELOW = Duration.ofSeconds(1);

  /** Files one requester may have waiting or being checked at once. */
  static final int PLACES_PER_OWNER = 2;

  /** The order in which waiting files are checked: least use lately first, then first come. */
  private static final Comparator<Check<?>> ORDER =
      Comparator.<Check<?>>comparingDouble(c -> c.standing).thenComparingLong(c -> c.sequence);

  @Inject Settings settings;

  // WildFly's default thread factory: threads with the application's class loader and context.
  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory threadFactory;

  private ThreadPoolExecutor pool;
  // One more checker for those who have had little; null where switched off (some tests).
  private ThreadPoolExecutor express;
  private int threads;
  private Duration time;
  private int capacity;
  private final FairShares shares = new FairShares(System::nanoTime);
  private final AtomicLong sequence = new AtomicLong();
  private final Object admission = new Object();

  @PostConstruct
  void start() {
    configure(
        settings.uploadCheckThreads(),
        settings.uploadCheckTime(),
        threadFactory == null ? Executors.defaultThreadFactory() : threadFactory,
        true);
  }

  /**
   * A checker outside a container (tests, tools), with plain threads; {@link #stop()} it after use.
   */
  public static DefaultUploadInspection of(int threads, Duration time) {
    return of(threads, time, true);
  }

  /** As {@link #of(int, Duration)}, with or without the express lane. */
  static DefaultUploadInspection of(int threads, Duration time, boolean expressLane) {
    DefaultUploadInspection inspection = new DefaultUploadInspection();
    inspection.configure(threads, time, Executors.defaultThreadFactory(), expressLane);
    return inspection;
  }

  /**
   * Sets up the pool: {@code threads} checkers, each check limited to {@code time}, and the express
   * lane's one checker if asked for.
   */
  void configure(int threads, Duration time, ThreadFactory factory, boolean expressLane) {
    this.time = Objects.requireNonNull(time, "time");
    this.threads = threads;
    AtomicInteger number = new AtomicInteger();
    ThreadFactory named =
        task -> {
          Thread thread = factory.newThread(task);
          thread.setName("upload-check-" + number.incrementAndGet());
          return thread;
        };
    capacity = threads * WAITING_PER_THREAD;
    pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new PriorityBlockingQueue<>(
                capacity, (a, b) -> ORDER.compare((Check<?>) a, (Check<?>) b)),
            named,
            new ThreadPoolExecutor.AbortPolicy());
    if (expressLane) {
      // No queue: a file takes the express checker only when it is free at that moment.
      express =
          new ThreadPoolExecutor(
              1,
              1,
              0,
              TimeUnit.MILLISECONDS,
              new SynchronousQueue<>(),
              task -> {
                Thread thread = factory.newThread(task);
                thread.setName("upload-check-express");
                return thread;
              },
              new ThreadPoolExecutor.AbortPolicy());
    }
  }

  @Override
  @PreDestroy
  public void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (express != null) {
      express.shutdownNow();
    }
  }

  @Override
  public PdfInspection pdf(Object owner, byte[] bytes, PdfLimits limits) {
    Outcome<PdfInspection> outcome = run(owner, () -> PdfInspector.inspect(bytes, limits, time));
    return outcome.refusal() == null
        ? outcome.value()
        : new PdfInspection.Refused(outcome.refusal());
  }

  @Override
  public Optional<byte[]> stripMetadata(Object owner, byte[] bytes) {
    Outcome<byte[]> outcome = run(owner, () -> PdfInspector.stripMetadata(bytes));
    return Optional.ofNullable(outcome.value());
  }

  @Override
  public CheckedContent publicPdf(Object owner, String field, byte[] bytes) {
    Outcome<CheckedContent> outcome = run(owner, () -> ContentCheck.pdf(field, bytes, time));
    if (outcome.refusal() != null) {
      throw new ValidationException(ContentCheck.refusal(field, outcome.refusal()));
    }
    return outcome.value();
  }

  @Override
  public CheckedContent image(Object owner, String field, byte[] bytes) {
    Outcome<CheckedContent> outcome = run(owner, () -> ContentCheck.image(field, bytes, time));
    if (outcome.refusal() == null) {
      return outcome.value();
    }
    throw new ValidationException(
        switch (outcome.refusal()) {
          case BUSY -> ContentCheck.busy(field);
          case TOO_SLOW -> Problem.of(field, "file.image.tooSlow");
          default -> Problem.of(field, "file.image.notAnImage");
        });
  }

  /** How many files the checkers of the line (not the express lane) are checking now. */
  int checking() {
    return pool.getActiveCount();
  }

  /** How many files wait for a checker now. */
  int waiting() {
    return pool.getQueue().size();
  }

  /** What a check gave: its value, or why there is none. */
  record Outcome<T>(T value, PdfRefusal refusal) {}

  /**
   * Runs {@code check} for {@code owner} on the pool and waits for it: first until a checker takes
   * it (at most the check's time), then until it is done (its time and a little more).
   *
   * @param owner whose file it is: an account's id, or any key that stands for one requester
   */
  <T> Outcome<T> run(Object owner, Supplier<T> check) {
    Objects.requireNonNull(owner, "owner");
    if (!shares.enter(owner, PLACES_PER_OWNER)) {
      return new Outcome<>(null, PdfRefusal.BUSY);
    }
    Check<T> task = new Check<>(check, owner, shares.standing(owner), sequence.incrementAndGet());
    if (!admit(task)) {
      return new Outcome<>(null, PdfRefusal.BUSY);
    }
    try {
      if (!task.started.await(time.toMillis(), TimeUnit.MILLISECONDS) && task.cancel()) {
        task.lane.remove(task);
        return new Outcome<>(null, PdfRefusal.BUSY);
      }
      if (task.isCancelled()) {
        // Its place was given to a file of someone with less use.
        return new Outcome<>(null, PdfRefusal.BUSY);
      }
      if (!task.done.await(time.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
        // The check stops itself at its own deadline, soon after; nobody waits for it any more.
        return new Outcome<>(null, PdfRefusal.TOO_SLOW);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (task.cancel()) {
        task.lane.remove(task);
      }
      return new Outcome<>(null, PdfRefusal.BUSY);
    }
    if (task.failure instanceof RuntimeException e) {
      throw e;
    }
    if (task.failure instanceof OutOfMemoryError) {
      // Every allocation of the check is garbage once it has unwound: the server goes on.
      LOG.warning("Checking an uploaded file ran out of memory; the file is refused");
      return new Outcome<>(null, PdfRefusal.TOO_COMPLEX);
    }
    if (task.failure instanceof Error e) {
      throw e;
    }
    return new Outcome<>(task.value, null);
  }

  /**
   * Puts {@code task} in line: in a free place, or in the place of the waiting file whose owner has
   * had most of the checkers lately, if that is more than this one's owner.
   *
   * @return false if it was refused (and its owner's place given back)
   */
  private boolean admit(Check<?> task) {
    synchronized (admission) {
      if (express != null
          && task.standing < EXPRESS_BELOW.toNanos()
          && pool.getActiveCount() >= threads) {
        task.lane = express;
        try {
          express.execute(task);
          return true;
        } catch (RejectedExecutionException busy) {
          // The express checker is busy too: in line with everyone.
        }
      }
      task.lane = pool;
      if (pool.getQueue().size() >= capacity) {
        Check<?> last = null;
        for (Runnable waiting : pool.getQueue()) {
          Check<?> other = (Check<?>) waiting;
          if (last == null || ORDER.compare(other, last) > 0) {
            last = other;
          }
        }
        if (last == null || ORDER.compare(task, last) >= 0 || !last.cancel()) {
          task.giveBack(0);
          return false;
        }
        pool.remove(last);
      }
      try {
        pool.execute(task);
        return true;
      } catch (RejectedExecutionException e) {
        task.giveBack(0);
        return false;
      }
    }
  }

  /** One check: runs once, unless it was cancelled before a checker took it. */
  private final class Check<T> implements Runnable {
    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;

    private final Supplier<T> check;
    private final Object owner;

    /** The owner's use when the file arrived, and the order of arrival: see {@link #ORDER}. */
    final double standing;

    final long sequence;

    /** The pool it was handed to. */
    volatile ThreadPoolExecutor lane;

    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final AtomicBoolean givenBack = new AtomicBoolean();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch done = new CountDownLatch(1);
    volatile T value;
    volatile Throwable failure;

    Check(Supplier<T> check, Object owner, double standing, long sequence) {
      this.check = check;
      this.owner = owner;
      this.standing = standing;
      this.sequence = sequence;
    }

    /**
     * True if the check will now never run; whoever waits for it is woken and its owner's place
     * given back.
     */
    boolean cancel() {
      if (!state.compareAndSet(WAITING, CANCELLED)) {
        return false;
      }
      giveBack(0);
      started.countDown();
      done.countDown();
      return true;
    }

    boolean isCancelled() {
      return state.get() == CANCELLED;
    }

    /** Gives the owner's place back once, charging the time the check took. */
    void giveBack(long usedNanos) {
      if (givenBack.compareAndSet(false, true)) {
        shares.leave(owner, usedNanos);
      }
    }

    @Override
    public void run() {
      if (!state.compareAndSet(WAITING, RUNNING)) {
        return;
      }
      started.countDown();
      long begun = System.nanoTime();
      try {
        value = check.get();
      } catch (OutOfMemoryError e) {
        // Caught here, on the checker's thread, so that the pool keeps its thread.
        failure = e;
      } catch (RuntimeException | Error e) {
        if (!(e instanceof ValidationException || e instanceof IllegalArgumentException)) {
          LOG.log(Level.WARNING, "Checking an uploaded file failed", e);
        }
        failure = e;
      } finally {
        giveBack(System.nanoTime() - begun);
        done.countDown();
      }
    }
  }
}
