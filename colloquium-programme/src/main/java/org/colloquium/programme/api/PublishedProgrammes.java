package org.colloquium.programme.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The published releases of events the viewer may see (a draft event's only to its organisers). A
 * release never changes, so answers may be kept as long as the release is the current one.
 */
public interface PublishedProgrammes {

  /** The last release; empty before the first or for an event the viewer may not see. */
  Optional<PublishedProgramme> current(String slug, Long viewerId);

  Optional<PublishedProgramme> release(String slug, int version, Long viewerId);

  /** Newest first. */
  List<ReleaseSummary> releases(String slug, Long viewerId);

  /**
   * A PDF of a release ({@code version} null: the last one), once made: empty before it is (it is
   * made in the background after publishing; a request never renders one).
   */
  Optional<ReleasePdf> pdf(String slug, Integer version, PdfKind kind, Long viewerId);

  /** Which PDFs of the last release are ready, for links. */
  Set<PdfKind> readyPdfs(String slug, Long viewerId);
}
