package org.colloquium.reviews.domain.conflicts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Who wrote with whom. */
public final class CoAuthorship {
  private final Set<String> pairs = new HashSet<>();

  private CoAuthorship() {}

  public static CoAuthorship of(Collection<SubmissionPeople> submissions) {
    CoAuthorship c = new CoAuthorship();
    for (SubmissionPeople s : submissions) {
      for (Person a : s.authors()) {
        for (Person b : s.authors()) {
          c.pairs.add(id(a) + "|" + id(b));
        }
      }
    }
    return c;
  }

  public boolean coAuthored(Person a, Person b) {
    return pairs.contains(id(a) + "|" + id(b));
  }

  private static String id(Person p) {
    return p.email().toLowerCase(Locale.ROOT);
  }
}
