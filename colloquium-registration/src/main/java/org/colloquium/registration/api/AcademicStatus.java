package org.colloquium.registration.api;

/**
 * Where a registrant stands in academia: a conference "primarily for students and emerging
 * scholars" counts them by it.
 */
public enum AcademicStatus {
  STUDENT,
  PHD,
  EARLY_CAREER,
  SENIOR,
  OTHER
}
