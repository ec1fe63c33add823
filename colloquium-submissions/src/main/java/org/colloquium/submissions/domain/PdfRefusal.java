package org.colloquium.submissions.domain;

/**
 * Why an uploaded file is not accepted as a PDF. The web layer turns each into a message next to
 * the upload field, under the key {@link #messageKey()}.
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

  /** For example {@code submission.pdf.tooLarge}. */
  public String messageKey() {
    StringBuilder key = new StringBuilder("submission.pdf.");
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
