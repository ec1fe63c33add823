package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * The publication section of a presented submission's page.
 *
 * @param chosenAt when an author last chose; null while nobody has (everything is shown)
 */
public record PublicationView(Long submissionId, Choice choice, Instant chosenAt)
    implements Serializable {

  /** What may be shown besides the title and the speakers' names. */
  public record Choice(boolean abstractPublished, boolean affiliationsPublished)
      implements Serializable {

    public static final Choice EVERYTHING = new Choice(true, true);
  }
}
