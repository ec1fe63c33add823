package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A talk, panel, roundtable or poster as the public sees it.
 *
 * @param submissionNumber the accepted submission it comes from (per event); null for one the
 *     organisers added by hand
 * @param abstractMarkdown the abstract as its authors wrote it (Markdown; render it only through
 *     the kernel's sanitising renderer, never as markup)
 * @param language the language of its title and abstract ("en", "ro")
 * @param typeName how it is presented, as the event names it ("Paper", "Panel", "Poster")
 * @param poster whether it is shown on a board rather than given in a slot
 * @param board the poster's board ("P3"); null for none
 * @param start for a poster, the poster session's start
 * @param end for a poster, the poster session's end
 */
public record ProgrammeContribution(
    Long id,
    Long sessionId,
    Integer submissionNumber,
    String title,
    String abstractMarkdown,
    List<String> keywords,
    String language,
    Long trackId,
    String typeName,
    boolean poster,
    String board,
    Instant start,
    Instant end,
    List<ProgrammeAuthor> authors)
    implements Serializable {

  public ProgrammeContribution {
    keywords = List.copyOf(keywords);
    authors = List.copyOf(authors);
  }

  /** Those who present it, in the authors' order (all authors when none is marked). */
  public List<ProgrammeAuthor> speakers() {
    List<ProgrammeAuthor> presenting =
        authors.stream().filter(ProgrammeAuthor::presenting).toList();
    return presenting.isEmpty() ? authors : presenting;
  }
}
