package org.colloquium.kernel.validation;

import java.util.List;

/**
 * Thrown by application services when input breaks a rule. Rolls the transaction back; carries
 * every problem found, not only the first, so a form can show them all at once.
 */
public class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ValidationException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Throws if {@code problems} is not empty. */
  public static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static String describe(List<Problem> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList().toString();
  }
}
