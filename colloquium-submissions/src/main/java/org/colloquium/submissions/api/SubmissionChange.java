package org.colloquium.submissions.api;

/**
 * One save of the abstract form: the fields, optionally a new PDF (null keeps the current one),
 * whether to strip the PDF's metadata before storing it, and whether to hand the submission in.
 */
public record SubmissionChange(
    SubmissionInput input, FileUpload file, boolean stripMetadata, boolean submit) {}
