package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time when a speaker or a room cannot be used, as the form sends it: a day and optionally the
 * hours (in the event's zone); without hours, the whole day.
 *
 * @param speakerEmail the speaker's address, or null when {@code roomId} is given
 */
public record UnavailabilityInput(
    String speakerEmail, Long roomId, LocalDate day, LocalTime from, LocalTime to, String note)
    implements Serializable {}
