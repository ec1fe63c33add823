package org.colloquium.events.domain;

/** Whether an abstract comes with a PDF. */
public enum PdfPolicy {
  NOT_ALLOWED,
  OPTIONAL,
  REQUIRED
}
