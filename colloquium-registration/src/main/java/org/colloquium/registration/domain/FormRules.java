package org.colloquium.registration.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.registration.api.FieldKind;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormChoice;
import org.colloquium.registration.api.FormField;

/**
 * The rules of answers to the organisers' questions: required ones answered, values of their kind
 * (a number, a date, a country, yes or no), choices among those offered and, unless already held,
 * with a place left. Problems name the field as {@code field-<id>}. A hidden field is not asked:
 * the answers given to it before are kept.
 */
public final class FormRules {

  public static final int MAX_TEXT = 500;
  public static final int MAX_LONG_TEXT = 4000;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d{1,20}(\\.\\d{1,10})?");

  private FormRules() {}

  /** The problem's field name for a question. */
  public static String fieldName(Long fieldId) {
    return "field-" + fieldId;
  }

  /**
   * The answers to keep: {@code given} checked against every field asked, and {@code previous} for
   * the hidden ones.
   *
   * @param fields all the event's fields, hidden ones included
   * @param previous the registration's answers so far ({@link FormAnswers#NONE} when new): a choice
   *     held already stays held even when full
   */
  public static FormAnswers check(
      FormAnswers given, List<FormField> fields, FormAnswers previous, List<Problem> problems) {
    return check(given, fields, previous, problems, true);
  }

  /**
   * As {@link #check(FormAnswers, List, FormAnswers, List)}; {@code requireAnswers} false for an
   * organiser who registers someone with what they know (a required question may stay open).
   */
  public static FormAnswers check(
      FormAnswers given,
      List<FormField> fields,
      FormAnswers previous,
      List<Problem> problems,
      boolean requireAnswers) {
    Map<Long, String> values = new HashMap<>();
    Set<Long> choices = new HashSet<>();
    for (FormField field : fields) {
      if (!field.kind().asks()) {
        continue;
      }
      if (field.hidden()) {
        keep(field, previous, values, choices);
        continue;
      }
      String name = fieldName(field.id());
      if (field.kind().chooses()) {
        List<FormChoice> chosen =
            field.choices().stream().filter(c -> given.chose(c.id())).toList();
        if (chosen.isEmpty() && field.required() && requireAnswers) {
          problems.add(Problem.of(name, "registration.form.required"));
        } else if (field.kind() == FieldKind.CHOICE && chosen.size() > 1) {
          problems.add(Problem.of(name, "registration.form.notOffered"));
        }
        for (FormChoice choice : chosen) {
          if (choice.full() && !previous.chose(choice.id())) {
            problems.add(
                Problem.of(
                    name, "registration.form.choiceFull", choice.labelEn(), choice.labelRo()));
          }
          choices.add(choice.id());
        }
        continue;
      }
      String value = value(field, given.value(field.id()), name, problems);
      if (value != null) {
        values.put(field.id(), value);
      } else if (field.required()
          && requireAnswers
          && problems.stream().noneMatch(p -> p.field().equals(name))) {
        problems.add(
            Problem.of(
                name,
                field.kind() == FieldKind.CONSENT
                    ? "registration.form.consent"
                    : "registration.form.required"));
      }
    }
    return new FormAnswers(values, choices);
  }

  private static void keep(
      FormField field, FormAnswers previous, Map<Long, String> values, Set<Long> choices) {
    String value = previous.value(field.id());
    if (value != null) {
      values.put(field.id(), value);
    }
    field.choices().stream().filter(c -> previous.chose(c.id())).forEach(c -> choices.add(c.id()));
  }

  /** The value to store, null for none (a problem added when it cannot be read). */
  static String value(FormField field, String typed, String name, List<Problem> problems) {
    String value = FieldRules.strip(typed);
    if (value == null) {
      return null;
    }
    switch (field.kind()) {
      case TEXT, LONG_TEXT -> {
        int max = field.kind() == FieldKind.TEXT ? MAX_TEXT : MAX_LONG_TEXT;
        if (value.length() > max) {
          problems.add(Problem.of(name, "registration.tooLong", max));
          return null;
        }
        return value;
      }
      case NUMBER -> {
        String number = value.replace(',', '.').replace(" ", "");
        try {
          // Digits only, never an exponent: "1e999999999" is a short text whose plain form
          // would not fit in memory, let alone in the answer's column.
          if (!NUMBER.matcher(number).matches()) {
            throw new NumberFormatException(number);
          }
          return new BigDecimal(number).toPlainString();
        } catch (NumberFormatException e) {
          problems.add(Problem.of(name, "registration.form.number"));
          return null;
        }
      }
      case DATE -> {
        try {
          return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
          problems.add(Problem.of(name, "registration.form.date"));
          return null;
        }
      }
      case COUNTRY -> {
        String code = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
          problems.add(Problem.of(name, "registration.form.notOffered"));
          return null;
        }
        return code;
      }
      case YES_NO -> {
        if (!value.equals("yes") && !value.equals("no")) {
          problems.add(Problem.of(name, "registration.form.notOffered"));
          return null;
        }
        return value;
      }
      case CONSENT -> {
        // Only a consent given is stored: an unticked box is no answer.
        return value.equals("yes") ? value : null;
      }
      default -> {
        return null;
      }
    }
  }
}
