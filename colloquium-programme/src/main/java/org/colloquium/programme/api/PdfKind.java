package org.colloquium.programme.api;

/** The PDFs every release gets. */
public enum PdfKind {
  PROGRAMME("programme.pdf"),
  BOOK_OF_ABSTRACTS("book-of-abstracts.pdf");

  private final String fileName;

  PdfKind(String fileName) {
    this.fileName = fileName;
  }

  /** The last segment of its addresses, and the name it is saved under. */
  public String fileName() {
    return fileName;
  }
}
