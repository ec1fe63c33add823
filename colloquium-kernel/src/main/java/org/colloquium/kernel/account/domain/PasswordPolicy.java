package org.colloquium.kernel.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.validation.Problem;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long enough, not absurdly long, not one
 * of the passwords every attacker tries first, and not built from the account's own email. No
 * composition rules (they push people to predictable patterns).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = loadCommonPasswords();

  private PasswordPolicy() {}

  /**
   * @param field the form field the problems are reported on
   * @param email the account's address, or null when not known
   */
  public static List<Problem> check(String password, EmailAddress email, String field) {
    List<Problem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add(Problem.of(field, "password.required"));
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add(Problem.of(field, "password.tooShort", MIN_LENGTH));
    } else if (length > MAX_LENGTH) {
      problems.add(Problem.of(field, "password.tooLong", MAX_LENGTH));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || password.codePoints().distinct().count() <= 2) {
      problems.add(Problem.of(field, "password.tooCommon"));
    } else if (email != null
        && email.localPart().length() >= 4
        && lower.contains(email.localPart())) {
      problems.add(Problem.of(field, "password.containsEmail"));
    }
    return problems;
  }

  private static Set<String> loadCommonPasswords() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt missing from the kernel jar");
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.lines().map(String::trim).filter(s -> !s.isEmpty()).forEach(words::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
