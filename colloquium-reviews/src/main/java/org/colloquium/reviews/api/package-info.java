/**
 * The published face of the reviews module: review phases and what each lets reviewers, authors and
 * organisers do, conflicts of interest, bids, the assignment of reviewers, reviews and decisions,
 * as services, the records they answer and the CDI events the module fires. The module's {@code
 * domain} and {@code application} packages are private to it.
 */
package org.colloquium.reviews.api;
