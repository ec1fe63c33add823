package org.colloquium.programme.domain.draft;

import java.time.Duration;

/**
 * Reported each time the draft finds a better programme, on the solver's thread: a consumer must
 * return quickly (store the figures for a progress bar, do not write to the database from it).
 *
 * @param bestScore the best draft's score so far
 * @param elapsed time since the draft started
 */
public record DraftProgress(DraftScore bestScore, Duration elapsed) {}
