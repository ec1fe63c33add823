package org.colloquium.reviews.domain.assignment;

/** What a running solve reports to, and asks whether to go on. */
public interface SolverProgress {

  /** A share of the work done, from 0 to 1. */
  void report(double fraction);

  /** Asked often; answer fast (the caller reads a flag, not the database, each time). */
  boolean isCancelled();

  /** Progress nobody watches. */
  SolverProgress NONE =
      new SolverProgress() {
        @Override
        public void report(double fraction) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };
}
