package org.colloquium.reviews.domain.conflicts;

import java.util.Locale;
import java.util.Optional;

/** Stub. */
public final class Affiliations {
  private Affiliations() {}

  public static Optional<String> normalise(String affiliation) {
    return affiliation == null || affiliation.isBlank()
        ? Optional.empty()
        : Optional.of(affiliation.strip().toLowerCase(Locale.ROOT));
  }
}
