package org.colloquium.submissions.api;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a save.
 *
 * @param created false when an earlier request with the same idempotency key had created it
 * @param warnings what the double-blind check found in the stored PDF (empty if nothing, or if the
 *     call is not double-blind)
 * @param coAuthorsNotNotified co-authors whose notice a daily mail quota held back (the next save
 *     tries them again)
 */
public record SubmissionSaved(
    Long id,
    int number,
    int version,
    SubmissionState state,
    boolean created,
    List<BlindnessWarning> warnings,
    List<String> coAuthorsNotNotified)
    implements Serializable {}
