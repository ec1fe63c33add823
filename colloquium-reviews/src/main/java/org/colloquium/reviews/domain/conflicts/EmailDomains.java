package org.colloquium.reviews.domain.conflicts;

import java.util.Locale;
import java.util.Optional;

/** Stub. */
public final class EmailDomains {
  private EmailDomains() {}

  public static Optional<String> institution(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at < 0
        ? Optional.empty()
        : Optional.of(email.substring(at + 1).toLowerCase(Locale.ROOT));
  }
}
