package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * Which of the submissions to bid on a reviewer's page shows: those of a track, those whose title,
 * keywords or abstract hold the words typed, a page at a time.
 *
 * @param trackId only this track's; null for every track
 * @param words the words to find; null or blank for any
 * @param page from 0
 */
public record BidFilter(Long trackId, String words, int page, int size) implements Serializable {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public BidFilter {
    page = Math.max(0, page);
    size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    words = words == null || words.isBlank() ? null : words.strip();
  }

  /** The first page of every submission. */
  public static BidFilter all() {
    return new BidFilter(null, null, 0, DEFAULT_SIZE);
  }
}
