package org.colloquium.reviews.domain.conflicts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who wrote with whom, from the submissions in the system: two people are co-authors when both are
 * authors of one submission. A person is known by their address (lower case): authors need no
 * account, and an account's address is the one its owner submits with.
 */
public final class CoAuthorship {

  /** For "a|b", the submissions a and b wrote together, by id. */
  private final Map<String, TreeSet<Long>> together = new HashMap<>();

  private CoAuthorship() {}

  public static CoAuthorship of(Collection<SubmissionPeople> submissions) {
    CoAuthorship result = new CoAuthorship();
    for (SubmissionPeople s : submissions) {
      List<String> ids = s.authors().stream().map(CoAuthorship::id).distinct().toList();
      for (String a : ids) {
        for (String b : ids) {
          if (!a.equals(b)) {
            result
                .together
                .computeIfAbsent(a + "|" + b, k -> new TreeSet<>())
                .add(s.submissionId());
          }
        }
      }
    }
    return result;
  }

  /**
   * A submission both wrote other than {@code except}: writing the very submission under review
   * together is being its author, a conflict of its own.
   */
  public Optional<Long> together(Person a, Person b, long except) {
    return together.getOrDefault(id(a) + "|" + id(b), new TreeSet<>()).stream()
        .filter(id -> id != except)
        .findFirst();
  }

  private static String id(Person p) {
    return p.email() == null ? "" : p.email().strip().toLowerCase(Locale.ROOT);
  }
}
