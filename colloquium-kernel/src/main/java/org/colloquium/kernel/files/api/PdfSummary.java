package org.colloquium.kernel.files.api;

import org.colloquium.kernel.files.domain.InspectionLimits;

/**
 * What an accepted PDF says about itself: its pages, the document information it carries (an empty
 * string where a field is absent) and the text of its first page, where authors usually name
 * themselves. Each text is cut to a bounded length ({@link InspectionLimits#METADATA_CHARS}, {@link
 * InspectionLimits#FIRST_PAGE_TEXT_CHARS}), so that summaries kept in memory stay small whatever a
 * file holds.
 */
public record PdfSummary(
    int pageCount,
    String author,
    String creator,
    String producer,
    String title,
    String firstPageText) {

  public PdfSummary {
    author = bounded(author, InspectionLimits.METADATA_CHARS);
    creator = bounded(creator, InspectionLimits.METADATA_CHARS);
    producer = bounded(producer, InspectionLimits.METADATA_CHARS);
    title = bounded(title, InspectionLimits.METADATA_CHARS);
    firstPageText = bounded(firstPageText, InspectionLimits.FIRST_PAGE_TEXT_CHARS);
  }

  /** The characters this summary holds: what keeping it in memory costs, roughly. */
  public long characters() {
    return (long) author.length()
        + creator.length()
        + producer.length()
        + title.length()
        + firstPageText.length();
  }

  private static String bounded(String s, int max) {
    if (s == null) {
      return "";
    }
    String stripped = s.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    // Never cut a character outside the Basic Multilingual Plane in half.
    int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
    return stripped.substring(0, end);
  }
}
