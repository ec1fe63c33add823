package org.colloquium.registration.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.colloquium.kernel.i18n.Language;

/** An organiser's question and a registrant's answer, in words, for a page, the door or a file. */
public record AnswerLine(String question, String answer) implements Serializable {

  /**
   * The answers given to the fields that {@code which} selects, in the form's order (hidden fields
   * too: what was said stays readable); questions left unanswered are left out.
   */
  public static List<AnswerLine> of(
      List<FormField> fields, FormAnswers given, Language language, Predicate<FormField> which) {
    List<AnswerLine> lines = new ArrayList<>();
    for (FormField field : fields) {
      if (!field.kind().asks() || !which.test(field)) {
        continue;
      }
      String answer = field.display(given, language);
      if (!answer.isEmpty()) {
        lines.add(new AnswerLine(field.label(language), answer));
      }
    }
    return lines;
  }
}
