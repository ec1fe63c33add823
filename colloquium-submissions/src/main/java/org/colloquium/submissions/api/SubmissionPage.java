package org.colloquium.submissions.api;

import java.io.Serializable;
import java.util.List;

/** One page of the organisers' table and how many rows match the filter in all. */
public record SubmissionPage(long total, List<SubmissionRow> rows) implements Serializable {}
