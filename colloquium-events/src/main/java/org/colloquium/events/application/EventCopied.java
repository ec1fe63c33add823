package org.colloquium.events.application;

import java.time.Duration;

/**
 * Fired synchronously, inside the transaction that creates an event as a copy of an earlier edition
 * of its series. Each feature observes it and copies its own settings (tracks, presentation types,
 * the call's rules, the committee), shifting dates by {@code shift}; submissions are never copied.
 *
 * @param sourceEventId the edition copied from
 * @param copyEventId the new event, already persisted
 * @param shift how much later the new edition starts than the source
 */
public record EventCopied(Long sourceEventId, Long copyEventId, Duration shift) {}
