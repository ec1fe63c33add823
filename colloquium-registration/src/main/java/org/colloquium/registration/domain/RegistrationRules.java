package org.colloquium.registration.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;

/** What makes answers and settings acceptable; every problem is reported at once, by field. */
public final class RegistrationRules {

  public static final int MAX_CAPACITY = 1_000_000;
  public static final int MAX_OFFER_HOURS = 720;

  private RegistrationRules() {}

  /**
   * The answers stripped, or a {@link ValidationException} naming each field that is wrong. The
   * mode must be one the event offers.
   */
  public static RegistrationAnswers answers(
      RegistrationAnswers answers, List<ParticipationMode> offered) {
    List<Problem> problems = new ArrayList<>();
    String name = strip(answers.fullName());
    if (name == null) {
      problems.add(Problem.of("fullName", "registration.fullName.required"));
    } else if (name.length() > RegistrationAnswers.MAX_NAME) {
      problems.add(Problem.of("fullName", "registration.tooLong", RegistrationAnswers.MAX_NAME));
    }
    String affiliation = strip(answers.affiliation());
    if (affiliation != null && affiliation.length() > RegistrationAnswers.MAX_AFFILIATION) {
      problems.add(
          Problem.of("affiliation", "registration.tooLong", RegistrationAnswers.MAX_AFFILIATION));
    }
    String dietary = strip(answers.dietaryNeeds());
    if (dietary != null && dietary.length() > RegistrationAnswers.MAX_NEEDS) {
      problems.add(
          Problem.of("dietaryNeeds", "registration.tooLong", RegistrationAnswers.MAX_NEEDS));
    }
    String accessibility = strip(answers.accessibilityNeeds());
    if (accessibility != null && accessibility.length() > RegistrationAnswers.MAX_NEEDS) {
      problems.add(
          Problem.of("accessibilityNeeds", "registration.tooLong", RegistrationAnswers.MAX_NEEDS));
    }
    if (answers.mode() == null || !offered.contains(answers.mode())) {
      problems.add(Problem.of("mode", "registration.mode.notOffered"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new RegistrationAnswers(
        answers.mode(),
        name,
        affiliation,
        answers.academicStatus(),
        dietary,
        accessibility,
        answers.listed(),
        answers.form());
  }

  /** Problems of settings given as instants (the caller converted them from the event's zone). */
  public static List<Problem> setup(
      Instant opensAt,
      Instant closesAt,
      Instant changesUntil,
      boolean inPerson,
      Integer inPersonCapacity,
      boolean online,
      Integer onlineCapacity,
      int offerHours) {
    List<Problem> problems = new ArrayList<>();
    if (opensAt == null) {
      problems.add(Problem.of("opensAt", "registration.setup.opensAt.required"));
    }
    if (closesAt == null) {
      problems.add(Problem.of("closesAt", "registration.setup.closesAt.required"));
    }
    if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
      problems.add(Problem.of("closesAt", "registration.setup.closesAt.beforeOpening"));
    }
    if (changesUntil != null && opensAt != null && !opensAt.isBefore(changesUntil)) {
      problems.add(Problem.of("changesUntil", "registration.setup.changesUntil.beforeOpening"));
    }
    if (!inPerson && !online) {
      problems.add(Problem.of("inPerson", "registration.setup.noMode"));
    }
    capacity(inPersonCapacity, "inPersonCapacity", problems);
    capacity(onlineCapacity, "onlineCapacity", problems);
    if (offerHours < 1 || offerHours > MAX_OFFER_HOURS) {
      problems.add(
          Problem.of("offerHours", "registration.setup.offerHours.range", MAX_OFFER_HOURS));
    }
    return problems;
  }

  private static void capacity(Integer capacity, String field, List<Problem> problems) {
    if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
      problems.add(Problem.of(field, "registration.setup.capacity", MAX_CAPACITY));
    }
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
