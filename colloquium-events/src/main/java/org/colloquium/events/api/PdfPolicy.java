package org.colloquium.events.api;

/** Whether an abstract comes with a PDF. */
public enum PdfPolicy {
  NOT_ALLOWED,
  OPTIONAL,
  REQUIRED
}
