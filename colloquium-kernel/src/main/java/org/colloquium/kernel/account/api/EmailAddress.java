package org.colloquium.kernel.account.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as Colloquium keeps it: trimmed and lower-cased, so that the same person cannot
 * hold two accounts by changing the case of a letter. The check is deliberately modest (one @, a
 * dot in the domain, no spaces); the verification mail is the real test.
 */
public record EmailAddress(String value) implements Serializable {

  private static final Pattern SHAPE =
      Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$", Pattern.UNICODE_CHARACTER_CLASS);

  public static final int MAX_LENGTH = 254;

  public EmailAddress {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an email address: " + value);
    }
  }

  public static Optional<EmailAddress> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String normalised = raw.trim().toLowerCase(Locale.ROOT);
    return isValid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
  }

  private static boolean isValid(String s) {
    return s != null
        && s.length() <= MAX_LENGTH
        && s.equals(s.trim().toLowerCase(Locale.ROOT))
        && SHAPE.matcher(s).matches();
  }

  /** The part before the @, used to keep it out of passwords. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }
}
