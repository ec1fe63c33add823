package org.colloquium.submissions.api;

import java.io.Serializable;

/**
 * A handed-in submission as long lists need it (dashboards, tables of thousands): no abstract and
 * no authors, which cost more than everything else in a record.
 */
public record SubmissionOutline(
    Long id, int number, String title, Long trackId, Long presentationTypeId, Long submitterId)
    implements Serializable {}
