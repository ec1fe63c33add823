package org.colloquium.kernel.files.api;

/**
 * Why an uploaded file is not accepted as a PDF. The web layer turns each into a message next to
 * the upload field, under the key {@link #messageKey(String)}: a submission's file and an event's
 * attachment say it in their own words.
 *
 * <p>Active content is refused by kind, each with its own reason, so that the author learns what to
 * remove. When a file carries several kinds, the one declared first here is named.
 */
public enum PdfRefusal {
  EMPTY,
  TOO_LARGE,
  NOT_A_PDF,
  UNREADABLE,
  ENCRYPTED,
  /** It is also a ZIP archive (or a JAR, an Office file…) that archive programs would open. */
  ALSO_AN_ARCHIVE,
  /** Unpacked, it holds far more than a document does: a compression bomb or a damaged file. */
  TOO_COMPLEX,
  /** Checking it took longer than {@code InspectionLimits.CHECK_TIME}. */
  TOO_SLOW,
  /** Every checker of the server is busy; nothing is wrong with the file itself. */
  BUSY,
  CONTAINS_JAVASCRIPT,
  /** A /Launch action: starts a program or opens a file on the reader's machine. */
  LAUNCHES_APPLICATIONS,
  CONTAINS_EMBEDDED_FILES,
  /** A /SubmitForm action: sends the form's fields somewhere. */
  SUBMITS_FORMS,
  /** An /ImportData action: fills the form from another file. */
  IMPORTS_DATA,
  /** A /GoToR or /GoToE action: opens another document. */
  OPENS_OTHER_DOCUMENTS,
  /** An XFA form, which readers that support it run as an application. */
  CONTAINS_XFA,
  /** A web address opened by itself when the document is opened (a /URI open action). */
  OPENS_LINK_ON_OPEN,
  /** Additional actions (/AA): run by themselves when a page, a field or the document is used. */
  RUNS_AUTOMATIC_ACTIONS,
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
