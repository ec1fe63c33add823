package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of the review's progress over time, in the event's zone.
 *
 * @param handedIn reviews submitted that day
 * @param soFar reviews submitted up to the end of that day
 */
public record DayProgress(LocalDate day, int handedIn, int soFar) implements Serializable {}
