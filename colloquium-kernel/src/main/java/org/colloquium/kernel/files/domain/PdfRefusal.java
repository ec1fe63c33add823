package org.colloquium.kernel.files.domain;

/**
 * Why an uploaded file is not accepted as a PDF. The web layer turns each into a message next to
 * the upload field, under the key {@link #messageKey(String)}: a submission's file and an event's
 * attachment say it in their own words.
 */
public enum PdfRefusal {
  EMPTY,
  TOO_LARGE,
  NOT_A_PDF,
  UNREADABLE,
  ENCRYPTED,
  CONTAINS_JAVASCRIPT,
  CONTAINS_EMBEDDED_FILES,
  TOO_MANY_PAGES;

  /** For example {@code submission.pdf.tooLarge} for the prefix {@code submission.pdf.}. */
  public String messageKey(String prefix) {
    StringBuilder key = new StringBuilder(prefix);
    boolean upper = false;
    for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }
}
