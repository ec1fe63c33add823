package org.colloquium.kernel.account.api;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ORCID iD such as {@code 0000-0002-1825-0097}. Accepted with or without the {@code
 * https://orcid.org/} prefix and checked by its ISO 7064 MOD 11-2 check character, which catches
 * every single-digit typo and most swaps of neighbouring digits.
 */
public record Orcid(String value) implements Serializable {

  private static final Pattern SHAPE = Pattern.compile("^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$");

  public Orcid {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an ORCID iD: " + value);
    }
  }

  public static Optional<Orcid> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim();
    for (String prefix : new String[] {"https://orcid.org/", "http://orcid.org/", "orcid.org/"}) {
      if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
        s = s.substring(prefix.length());
        break;
      }
    }
    s = s.toUpperCase(java.util.Locale.ROOT);
    if (s.length() == 16 && s.chars().allMatch(c -> Character.isDigit(c) || c == 'X')) {
      s =
          s.substring(0, 4)
              + "-"
              + s.substring(4, 8)
              + "-"
              + s.substring(8, 12)
              + "-"
              + s.substring(12);
    }
    return isValid(s) ? Optional.of(new Orcid(s)) : Optional.empty();
  }

  private static boolean isValid(String s) {
    if (s == null || !SHAPE.matcher(s).matches()) {
      return false;
    }
    String digits = s.replace("-", "");
    return checkCharacter(digits.substring(0, 15)) == digits.charAt(15);
  }

  /** ISO 7064 MOD 11-2 over the first 15 digits, as ORCID documents it. */
  public static char checkCharacter(String fifteenDigits) {
    int total = 0;
    for (int i = 0; i < fifteenDigits.length(); i++) {
      total = (total + Character.digit(fifteenDigits.charAt(i), 10)) * 2;
    }
    int result = (12 - total % 11) % 11;
    return result == 10 ? 'X' : Character.forDigit(result, 10);
  }

  public String uri() {
    return "https://orcid.org/" + value;
  }

  @Override
  public String toString() {
    return value;
  }
}
