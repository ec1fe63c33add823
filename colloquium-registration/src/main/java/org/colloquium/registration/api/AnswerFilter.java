package org.colloquium.registration.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.i18n.Language;

/**
 * An answer the organisers' list can be filtered by: a choice made ({@code c<choice id>}), or a yes
 * ({@code y<field id>}: yes to a yes/no question, a consent given) or a no ({@code n<field id>}).
 * Text, numbers and dates are not filters; the exports have them.
 *
 * @param key what the list's address carries
 * @param label "Question: answer", in the reader's language
 */
public record AnswerFilter(String key, String label) implements Serializable {

  /** The filters the event's questions offer, in the form's order. */
  public static List<AnswerFilter> of(List<FormField> fields, Language language) {
    List<AnswerFilter> filters = new ArrayList<>();
    for (FormField f : fields) {
      String question = f.label(language) + ": ";
      switch (f.kind()) {
        case CHOICE, MULTIPLE ->
            f.choices()
                .forEach(
                    c -> filters.add(new AnswerFilter("c" + c.id(), question + c.label(language))));
        case YES_NO -> {
          filters.add(new AnswerFilter("y" + f.id(), question + FormDisplay.yesNo(true, language)));
          filters.add(
              new AnswerFilter("n" + f.id(), question + FormDisplay.yesNo(false, language)));
        }
        case CONSENT ->
            filters.add(
                new AnswerFilter("y" + f.id(), question + FormDisplay.yesNo(true, language)));
        default -> {
          // Free answers are no filter.
        }
      }
    }
    return filters;
  }

  /** Whether {@code given} has the answer {@code key} names; false for a key that names none. */
  public static boolean matches(String key, FormAnswers given) {
    if (key == null || key.length() < 2 || key.length() > 20) {
      return false;
    }
    long id;
    try {
      id = Long.parseLong(key.substring(1));
    } catch (NumberFormatException e) {
      return false;
    }
    return switch (key.charAt(0)) {
      case 'c' -> given.chose(id);
      case 'y' -> "yes".equals(given.value(id));
      case 'n' -> "no".equals(given.value(id));
      default -> false;
    };
  }
}
