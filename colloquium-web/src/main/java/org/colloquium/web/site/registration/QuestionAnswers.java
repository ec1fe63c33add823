package org.colloquium.web.site.registration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.registration.api.FieldKind;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormChoice;
import org.colloquium.registration.api.FormField;
import org.colloquium.web.faces.BundleMessages;

/**
 * Answers to the organisers' questions as the form binds them: text by field key, ticked boxes by
 * {@link #choiceKey} (a choice) or {@link #consentKey} (a consent), a single choice's id as text (a
 * tampered one reads as no offered choice). Problems the service found are kept per field, to be
 * shown beside the question (its inputs repeat, so they are no components to attach to).
 */
public class QuestionAnswers implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<FormField> fields;
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Boolean> checked = new HashMap<>();
  private final Map<String, String> problems = new HashMap<>();

  public QuestionAnswers(List<FormField> fields, FormAnswers given) {
    this.fields = List.copyOf(fields);
    for (FormField f : fields) {
      switch (f.kind()) {
        case CHOICE ->
            f.choices().stream()
                .filter(c -> given.chose(c.id()))
                .findFirst()
                .ifPresent(c -> values.put(f.key(), String.valueOf(c.id())));
        case MULTIPLE -> f.choices().forEach(c -> checked.put(choiceKey(c), given.chose(c.id())));
        case CONSENT -> checked.put(consentKey(f), "yes".equals(given.value(f.id())));
        default -> {
          String value = given.value(f.id());
          if (value != null) {
            values.put(f.key(), value);
          }
        }
      }
    }
  }

  public static String choiceKey(FormChoice choice) {
    return "c" + choice.id();
  }

  public static String consentKey(FormField field) {
    return "f" + field.id();
  }

  /** The answers as the service takes them. */
  public FormAnswers answers() {
    Map<Long, String> byField = new HashMap<>();
    Set<Long> choices = new HashSet<>();
    for (FormField f : fields) {
      if (f.kind() == FieldKind.CHOICE) {
        String chosen = values.get(f.key());
        if (chosen != null && !chosen.isBlank()) {
          // Not a number of this field's choices: none chosen, the service then says what to do.
          f.choices().stream()
              .filter(c -> String.valueOf(c.id()).equals(chosen.strip()))
              .forEach(c -> choices.add(c.id()));
        }
      } else if (f.kind() == FieldKind.MULTIPLE) {
        f.choices().stream()
            .filter(c -> Boolean.TRUE.equals(checked.get(choiceKey(c))))
            .forEach(c -> choices.add(c.id()));
      } else if (f.kind() == FieldKind.CONSENT) {
        if (Boolean.TRUE.equals(checked.get(consentKey(f)))) {
          byField.put(f.id(), "yes");
        }
      } else if (f.kind().asks() && values.get(f.key()) != null) {
        byField.put(f.id(), values.get(f.key()));
      }
    }
    return new FormAnswers(byField, choices);
  }

  /**
   * Keeps the problems of the questions here, beside them.
   *
   * @param texts the problem's text in the page's language
   * @return the problems of other fields
   */
  public List<Problem> keep(
      List<Problem> found, java.util.function.Function<Problem, String> texts) {
    problems.clear();
    return found.stream()
        .filter(
            p -> {
              if (!p.field().startsWith("field-")) {
                return true;
              }
              problems.merge(
                  p.field().substring("field-".length()), texts.apply(p), (a, b) -> a + " " + b);
              return false;
            })
        .toList();
  }

  /** What a choice's label adds: its places left, or that it is full; nothing with no limit. */
  public String note(FormChoice choice) {
    if (choice.left() == null) {
      return "";
    }
    return " — "
        + (choice.full()
            ? BundleMessages.text("registration.form.choice.full")
            : BundleMessages.text("registration.form.choice.left", choice.left()));
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public List<FormField> getFields() {
    return fields;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, Boolean> getChecked() {
    return checked;
  }

  public Map<String, String> getProblems() {
    return problems;
  }
}
