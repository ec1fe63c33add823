/** The review's schedule: which phase the clock has reached, in the event's time zone. */
package org.colloquium.reviews.domain.phase;
