package org.colloquium.events.api;

/** An event's call for papers got new dates ({@code before} is null for a new call). */
public record CallDatesChanged(Long eventId, Long callId, CallDates before, CallDates after) {}
