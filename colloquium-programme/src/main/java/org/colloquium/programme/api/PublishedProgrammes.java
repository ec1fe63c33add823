package org.colloquium.programme.api;

import java.util.List;
import java.util.Optional;

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
}
