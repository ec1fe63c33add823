package org.colloquium.registration.api;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers to the organisers' questions: a value per field id (text, a number or date as typed, a
 * country code, "yes" or "no", "yes" for a consent given) and the ids of the choices made in choice
 * fields.
 */
public record FormAnswers(Map<Long, String> values, Set<Long> choices) implements Serializable {

  public static final FormAnswers NONE = new FormAnswers(Map.of(), Set.of());

  public FormAnswers {
    // Sorted copies: the choices are taken in id order (the lock order), and equal answers
    // compare equal whatever map the caller built.
    values =
        values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    choices =
        choices == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(choices));
  }

  public String value(Long fieldId) {
    return values.get(fieldId);
  }

  public boolean chose(Long choiceId) {
    return choices.contains(choiceId);
  }
}
