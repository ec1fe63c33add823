/** Stub. */
package org.colloquium.reviews.domain.conflicts;
