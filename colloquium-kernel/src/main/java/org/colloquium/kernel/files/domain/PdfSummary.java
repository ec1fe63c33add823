package org.colloquium.kernel.files.domain;

/**
 * What an accepted PDF says about itself: its pages, the document information it carries (an empty
 * string where a field is absent) and the text of its first page, where authors usually name
 * themselves.
 */
public record PdfSummary(
    int pageCount,
    String author,
    String creator,
    String producer,
    String title,
    String firstPageText) {

  public PdfSummary {
    author = orEmpty(author);
    creator = orEmpty(creator);
    producer = orEmpty(producer);
    title = orEmpty(title);
    firstPageText = orEmpty(firstPageText);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
