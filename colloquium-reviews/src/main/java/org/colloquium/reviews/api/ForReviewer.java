package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/**
 * A submission as a reviewer may see it. In a double-blind review {@code authors} is empty and
 * nothing else here names them (no affiliations, no file name).
 *
 * @param abstractHtml the abstract as sanitised HTML
 */
public record ForReviewer(
    int number,
    String title,
    String abstractHtml,
    List<String> keywords,
    String track,
    List<String> authors,
    boolean hasFile)
    implements Serializable {

  public ForReviewer {
    keywords = List.copyOf(keywords);
    authors = List.copyOf(authors);
  }
}
