package org.colloquium.web.site.registration;

import java.io.Serializable;
import java.util.List;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.web.faces.EnumParameters;

/**
 * The registration form as typed: the mode and the status as their names (a tampered value is
 * refused by the service as "not offered", not by JSF's generic conversion message).
 */
public class AttendanceFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String mode;
  private String fullName;
  private String affiliation;
  private String academicStatus;
  private String dietaryNeeds;
  private String accessibilityNeeds;
  private boolean listed;
  private QuestionAnswers questions = new QuestionAnswers(List.of(), FormAnswers.NONE);

  /** The form filled with {@code a}, asking the organisers' {@code fields} too. */
  public static AttendanceFields of(RegistrationAnswers a, List<FormField> fields) {
    AttendanceFields f = of(a);
    f.questions = new QuestionAnswers(fields, a.form());
    return f;
  }

  public static AttendanceFields of(RegistrationAnswers a) {
    AttendanceFields f = new AttendanceFields();
    f.mode = a.mode() == null ? null : a.mode().name();
    f.fullName = a.fullName();
    f.affiliation = a.affiliation();
    f.academicStatus = a.academicStatus() == null ? null : a.academicStatus().name();
    f.dietaryNeeds = a.dietaryNeeds();
    f.accessibilityNeeds = a.accessibilityNeeds();
    f.listed = a.listed();
    return f;
  }

  public RegistrationAnswers answers() {
    return new RegistrationAnswers(
        EnumParameters.parse(ParticipationMode.class, mode),
        fullName,
        affiliation,
        EnumParameters.parse(AcademicStatus.class, academicStatus),
        dietaryNeeds,
        accessibilityNeeds,
        listed,
        questions.answers());
  }

  public QuestionAnswers getQuestions() {
    return questions;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public String getAcademicStatus() {
    return academicStatus;
  }

  public void setAcademicStatus(String academicStatus) {
    this.academicStatus = academicStatus;
  }

  public String getDietaryNeeds() {
    return dietaryNeeds;
  }

  public void setDietaryNeeds(String dietaryNeeds) {
    this.dietaryNeeds = dietaryNeeds;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public boolean isListed() {
    return listed;
  }

  public void setListed(boolean listed) {
    this.listed = listed;
  }
}
