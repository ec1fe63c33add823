package org.colloquium.reviews.domain.assignment;

/** Progress and cancel. */
public interface SolverProgress {
  void report(double fraction);

  boolean isCancelled();
}
