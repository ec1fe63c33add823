/**
 * Rules of the committee's discussion: who is mentioned in a comment, and what a comment may be.
 * Pure functions, no persistence.
 */
package org.colloquium.reviews.domain.discussion;
