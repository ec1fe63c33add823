package org.colloquium.submissions.api;

import java.io.Serializable;

/**
 * How many submissions of an event are handed in and how many were withdrawn (drafts never count).
 */
public record SubmissionCounts(long submitted, long withdrawn) implements Serializable {

  public long total() {
    return submitted + withdrawn;
  }
}
