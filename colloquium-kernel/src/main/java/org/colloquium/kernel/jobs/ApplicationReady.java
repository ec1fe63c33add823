package org.colloquium.kernel.jobs;

/**
 * Fired once per deployment after the schema is migrated and before the first request: areas
 * observe it for their start-up work (the configured administrator) and the timed jobs start.
 */
public record ApplicationReady() {}
