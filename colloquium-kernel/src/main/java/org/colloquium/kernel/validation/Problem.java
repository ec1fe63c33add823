package org.colloquium.kernel.validation;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with what a user entered. {@code field} names the form field (or is empty for the
 * form as a whole), {@code messageKey} is looked up in the UI's resource bundle and formatted with
 * {@code arguments}.
 */
public record Problem(String field, String messageKey, List<Serializable> arguments)
    implements Serializable {

  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  public static Problem of(String field, String messageKey, Serializable... arguments) {
    return new Problem(field, messageKey, List.of(arguments));
  }

  public static Problem global(String messageKey, Serializable... arguments) {
    return new Problem("", messageKey, List.of(arguments));
  }
}
