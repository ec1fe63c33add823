package org.colloquium.events.api;

import java.io.Serializable;

/**
 * A call for papers as the organiser's form holds it: dates as typed ({@code 2027-01-11T23:59}, a
 * wall-clock time in the event's zone), numbers as typed, so that whatever is wrong comes back as a
 * message next to its field. {@code version} is the version the form was loaded with (null for a
 * call not yet created): a save over a newer version is refused as a conflict.
 */
public record CallForm(
    String opensAt,
    String abstractDeadline,
    String fullPaperDeadline,
    String notificationAt,
    String cameraReadyAt,
    String graceMinutes,
    String eligibility,
    String wordLimit,
    String minKeywords,
    String maxKeywords,
    boolean trackRequired,
    boolean typeRequired,
    PdfPolicy pdfPolicy,
    String maxFileMb,
    String maxPages,
    ReviewMode reviewMode,
    Integer version)
    implements Serializable {}
