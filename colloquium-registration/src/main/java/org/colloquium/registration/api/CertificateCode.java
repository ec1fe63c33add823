package org.colloquium.registration.api;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's public name: 16 characters of Crockford's base 32 (80 random bits), printed in
 * groups of four. Read back forgivingly, as people type what they read off paper: any case, with or
 * without the dashes, O for 0 and I or L for 1. Guessing one that exists is hopeless, so the
 * verification page needs no other secret.
 */
public final class CertificateCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateCode() {}

  /** A new code, as stored (no dashes). */
  public static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of what someone typed or followed, or empty when it cannot be a code. */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 3 * LENGTH) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      char read =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (read == '-' || read == ' ') {
        continue;
      }
      if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
        return Optional.empty();
      }
      code.append(read);
    }
    return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
  }

  /** The printed form: four groups of four, joined by dashes. */
  public static String printed(String code) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < code.length(); i += 4) {
      if (i > 0) {
        out.append('-');
      }
      out.append(code, i, Math.min(code.length(), i + 4));
    }
    return out.toString();
  }
}
