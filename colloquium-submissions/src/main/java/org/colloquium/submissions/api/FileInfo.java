package org.colloquium.submissions.api;

import java.io.Serializable;

/** The PDF attached to a submission, as pages and lists show it. */
public record FileInfo(String fileName, long size, Integer pages, String sha256)
    implements Serializable {}
