package org.colloquium.reviews.domain.conflicts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The institution an e-mail address belongs to, as a domain: its registrable part, so that {@code
 * student.uaic.ro} and {@code info.uaic.ro} are both {@code uaic.ro}, and {@code cs.ox.ac.uk} is
 * {@code ox.ac.uk} (the second-level suffixes below take three labels). Public mail providers have
 * no institution.
 */
public final class EmailDomains {

  /**
   * Second-level suffixes under which institutions register, so that the institution is the label
   * before them (a short list of the academic and commercial ones, not the whole Public Suffix
   * List: a missed one only makes whole suffixes look like one institution, which the public
   * provider check and the organisers' pins cover).
   */
  private static final Set<String> SECOND_LEVEL =
      Set.copyOf(
          List.of(
              "ac.uk",
              "co.uk",
              "org.uk",
              "gov.uk",
              "ac.jp",
              "co.jp",
              "ac.kr",
              "co.kr",
              "ac.il",
              "co.il",
              "ac.at",
              "ac.be",
              "ac.nz",
              "co.nz",
              "ac.za",
              "co.za",
              "ac.in",
              "co.in",
              "edu.au",
              "com.au",
              "org.au",
              "gov.au",
              "edu.pl",
              "com.pl",
              "edu.ro",
              "com.ro",
              "org.ro",
              "edu.md",
              "com.md",
              "org.md",
              "gov.md",
              "edu.ua",
              "com.ua",
              "org.ua",
              "gov.ua",
              "kiev.ua",
              "kyiv.ua",
              "lviv.ua",
              "odessa.ua",
              "kharkov.ua",
              "edu.tr",
              "com.tr",
              "edu.cn",
              "com.cn",
              "edu.br",
              "com.br",
              "edu.mx",
              "com.mx",
              "edu.ar",
              "com.ar",
              "edu.sg",
              "com.sg",
              "edu.hk",
              "com.hk",
              "edu.tw",
              "com.tw",
              "spb.ru",
              "msk.ru",
              "gouv.fr",
              "ac.cy",
              "ac.rs",
              "edu.rs",
              "ac.me",
              "edu.mk",
              "edu.al",
              "edu.ge",
              "edu.pk"));

  /**
   * Top-level domains reserved for documentation and tests (RFC 2606, RFC 6761): no institution
   * lives there, and the demo's people all do ({@code colloquium.example}).
   */
  private static final Set<String> RESERVED = Set.of("example", "test", "invalid", "localhost");

  private static final Set<String> RESERVED_DOMAINS =
      Set.of("example.com", "example.org", "example.net");

  private EmailDomains() {}

  /** The address's institution domain; empty for a public provider or no domain at all. */
  public static Optional<String> institution(String email) {
    if (email == null) {
      return Optional.empty();
    }
    int at = email.lastIndexOf('@');
    if (at < 0 || at == email.length() - 1) {
      return Optional.empty();
    }
    String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    while (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    String[] labels = domain.split("\\.");
    if (labels.length < 2 || domain.contains("..")) {
      return Optional.empty();
    }
    if (RESERVED.contains(labels[labels.length - 1])) {
      return Optional.empty();
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    String registrable =
        SECOND_LEVEL.contains(lastTwo) && labels.length >= 3
            ? labels[labels.length - 3] + "." + lastTwo
            : lastTwo;
    if (SECOND_LEVEL.contains(registrable)
        || RESERVED_DOMAINS.contains(registrable)
        || PublicMailProviders.isPublic(registrable)
        || PublicMailProviders.isPublic(domain)) {
      return Optional.empty();
    }
    return Optional.of(registrable);
  }
}
