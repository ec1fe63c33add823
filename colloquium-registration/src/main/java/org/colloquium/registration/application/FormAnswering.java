package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormChoice;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.FormRules;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRules;

/**
 * Answers to the whole form, built-in questions and the organisers' together: checked at once (so a
 * page shows every problem), stored with the places of their choices counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class FormAnswering {

  @Inject FormRepository forms;

  /** The event's fields in order, hidden ones included (they keep earlier answers). */
  List<FormField> fields(Long eventId) {
    return forms.views(eventId, false);
  }

  /** The fields a registrant is asked. */
  static List<FormField> asked(List<FormField> fields) {
    return fields.stream().filter(f -> !f.hidden()).toList();
  }

  /**
   * The answers to keep, checked.
   *
   * @param previous the registration's answers to the organisers' questions so far
   * @throws ValidationException naming every wrong answer
   */
  RegistrationAnswers check(
      RegistrationAnswers answers,
      List<ParticipationMode> modes,
      List<FormField> fields,
      FormAnswers previous) {
    return check(answers, modes, fields, previous, true);
  }

  /** As above; {@code requireAnswers} false when an organiser registers someone. */
  RegistrationAnswers check(
      RegistrationAnswers answers,
      List<ParticipationMode> modes,
      List<FormField> fields,
      FormAnswers previous,
      boolean requireAnswers) {
    List<Problem> problems = new ArrayList<>();
    RegistrationAnswers checked = null;
    try {
      checked = RegistrationRules.answers(answers, modes);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    FormAnswers form = FormRules.check(answers.form(), fields, previous, problems, requireAnswers);
    ValidationException.throwIfAny(problems);
    return checked.withForm(form);
  }

  /**
   * Stores the answers on the registration, taking a place of each choice newly made and giving
   * back those no longer made, in choice id order (after the caller's quota lock, if any).
   *
   * @throws ValidationException when a choice has no place left; the caller's transaction rolls
   *     back, places taken before it included
   */
  void store(Registration registration, FormAnswers answers, List<FormField> fields) {
    Set<Long> before = registration.form().choices();
    Set<Long> after = answers.choices();
    Set<Long> all = new TreeSet<>(before);
    all.addAll(after);
    for (Long id : all) {
      if (before.contains(id) && !after.contains(id)) {
        forms.release(List.of(id));
      } else if (after.contains(id) && !before.contains(id)) {
        Optional<Long> full = forms.take(List.of(id));
        if (full.isPresent()) {
          throw new ValidationException(fullProblem(id, fields));
        }
      }
    }
    registration.answerForm(answers);
  }

  /**
   * As {@link #store} for a new registration whose answers were checked a while ago (a visitor's,
   * confirmed by mail): a choice with no place left now is left out rather than refused.
   *
   * @return the choices left out
   */
  List<FormChoice> storeWhatFits(
      Registration registration, FormAnswers answers, List<FormField> fields) {
    List<FormChoice> left = new ArrayList<>();
    java.util.Set<Long> held = new TreeSet<>();
    java.util.SortedMap<Long, FormChoice> chosen = new java.util.TreeMap<>();
    for (FormField field : fields) {
      field.choices().stream()
          .filter(c -> answers.chose(c.id()))
          .forEach(c -> chosen.put(c.id(), c));
    }
    // In id order, the lock order.
    for (FormChoice choice : chosen.values()) {
      if (forms.take(List.of(choice.id())).isEmpty()) {
        held.add(choice.id());
      } else {
        left.add(choice);
      }
    }
    registration.answerForm(new FormAnswers(answers.values(), held));
    return left;
  }

  private static Problem fullProblem(Long choiceId, List<FormField> fields) {
    for (FormField field : fields) {
      for (FormChoice choice : field.choices()) {
        if (choice.id().equals(choiceId)) {
          return Problem.of(
              FormRules.fieldName(field.id()),
              "registration.form.choiceFull",
              choice.labelEn(),
              choice.labelRo());
        }
      }
    }
    return Problem.global("registration.form.choiceFull", "", "");
  }
}
