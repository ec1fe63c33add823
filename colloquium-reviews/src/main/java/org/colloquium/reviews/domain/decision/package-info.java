/**
 * Rules of deciding: what a submission's reviews say together (mean, median, spread, whether the
 * reviewers disagree), which decisions fit the event, and the reviews as the authors' mail reads
 * them. Pure functions, no persistence.
 */
package org.colloquium.reviews.domain.decision;
