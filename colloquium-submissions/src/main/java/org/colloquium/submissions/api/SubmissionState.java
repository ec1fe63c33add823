package org.colloquium.submissions.api;

/**
 * Where a submission is in its life. A draft is the author's alone; a submitted one is seen by the
 * organisers; a withdrawn one stays visible to the organisers (and its authors) for the record.
 * Review states come with the reviews module.
 */
public enum SubmissionState {
  DRAFT,
  SUBMITTED,
  WITHDRAWN
}
