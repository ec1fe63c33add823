package org.colloquium.kernel.files.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one check of an upload may still spend: time, and for a PDF the bytes PDFBox unpacks. It is
 * attached to the thread that checks ({@link #during}), because PDFBox unpacks deep inside its own
 * code ({@link PdfBoxDecoding} counts there). One check, one thread: not thread-safe.
 */
final class InspectionBudget {

  /** Which limit ran out. */
  enum Exhausted {
    MEMORY,
    TIME
  }

  /** Thrown where a limit runs out; unchecked so that no library code on the way swallows it. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached(Exhausted limit) {
      super(limit.name(), null, false, false);
    }
  }

  private static final ThreadLocal<InspectionBudget> CURRENT = new ThreadLocal<>();

  /** The time is looked at after each megabyte unpacked, not after each write. */
  private static final long TIME_CHECK_BYTES = 1024 * 1024;

  private final long maxUnpacked;
  private final long deadline;
  private long unpacked;
  private long nextTimeCheck = TIME_CHECK_BYTES;
  private Exhausted exhausted;

  InspectionBudget(long maxUnpacked, Duration time) {
    if (maxUnpacked <= 0) {
      throw new IllegalArgumentException("maxUnpacked must be positive: " + maxUnpacked);
    }
    Objects.requireNonNull(time, "time");
    this.maxUnpacked = maxUnpacked;
    this.deadline = System.nanoTime() + Math.max(1, time.toNanos());
  }

  /** Runs {@code check} with this budget attached to the current thread. */
  <T> T during(Supplier<T> check) {
    InspectionBudget outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return check.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The budget of the check running on this thread, if any. */
  static Optional<InspectionBudget> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Counts {@code bytes} more unpacked. */
  void unpacked(long bytes) {
    if (exhausted != null) {
      throw new LimitReached(exhausted);
    }
    unpacked += bytes;
    if (unpacked > maxUnpacked) {
      throw exhaust(Exhausted.MEMORY);
    }
    if (unpacked >= nextTimeCheck) {
      nextTimeCheck = unpacked + TIME_CHECK_BYTES;
      checkTime();
    }
  }

  /** Stops the check if its time is up (or another limit already ran out). */
  void checkTime() {
    if (exhausted != null) {
      throw new LimitReached(exhausted);
    }
    if (System.nanoTime() - deadline > 0) {
      throw exhaust(Exhausted.TIME);
    }
  }

  /** Stops the check for {@code limit}, remembered even if a library swallows the exception. */
  LimitReached exhaust(Exhausted limit) {
    if (exhausted == null) {
      exhausted = limit;
    }
    return new LimitReached(exhausted);
  }

  /** The limit that ran out, if one did. */
  Optional<Exhausted> exhausted() {
    return Optional.ofNullable(exhausted);
  }

  long unpacked() {
    return unpacked;
  }
}
