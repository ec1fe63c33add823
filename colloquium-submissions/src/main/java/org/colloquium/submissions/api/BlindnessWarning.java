package org.colloquium.submissions.api;

/**
 * Where a PDF sent to a double-blind call gives its authors away. A warning, not a refusal: the
 * name may be a citation of the author's earlier work, which the author has to judge.
 */
public enum BlindnessWarning {
  METADATA_NAMES_AN_AUTHOR("submission.pdf.metadataNamesAnAuthor"),
  FIRST_PAGE_NAMES_AN_AUTHOR("submission.pdf.firstPageNamesAnAuthor");

  private final String messageKey;

  BlindnessWarning(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
