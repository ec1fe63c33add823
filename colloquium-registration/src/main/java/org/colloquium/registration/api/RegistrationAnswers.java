package org.colloquium.registration.api;

import java.io.Serializable;

/**
 * What a registrant tells: how they take part, their name and affiliation as badges and
 * certificates print them, their academic status, needs the organisers should know of, and whether
 * they agree to appear in the participant list; and the answers to the organisers' own questions.
 */
public record RegistrationAnswers(
    ParticipationMode mode,
    String fullName,
    String affiliation,
    AcademicStatus academicStatus,
    String dietaryNeeds,
    String accessibilityNeeds,
    boolean listed,
    FormAnswers form)
    implements Serializable {

  public RegistrationAnswers {
    form = form == null ? FormAnswers.NONE : form;
  }

  /** Answers to the built-in questions only (an event without questions of its own). */
  public RegistrationAnswers(
      ParticipationMode mode,
      String fullName,
      String affiliation,
      AcademicStatus academicStatus,
      String dietaryNeeds,
      String accessibilityNeeds,
      boolean listed) {
    this(
        mode,
        fullName,
        affiliation,
        academicStatus,
        dietaryNeeds,
        accessibilityNeeds,
        listed,
        FormAnswers.NONE);
  }

  public static final int MAX_NAME = 200;
  public static final int MAX_AFFILIATION = 300;
  public static final int MAX_NEEDS = 500;

  public RegistrationAnswers withMode(ParticipationMode other) {
    return new RegistrationAnswers(
        other,
        fullName,
        affiliation,
        academicStatus,
        dietaryNeeds,
        accessibilityNeeds,
        listed,
        form);
  }

  public RegistrationAnswers withForm(FormAnswers other) {
    return new RegistrationAnswers(
        mode,
        fullName,
        affiliation,
        academicStatus,
        dietaryNeeds,
        accessibilityNeeds,
        listed,
        other);
  }
}
