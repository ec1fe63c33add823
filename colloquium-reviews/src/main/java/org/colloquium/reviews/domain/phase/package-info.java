/** Stub. */
package org.colloquium.reviews.domain.phase;
