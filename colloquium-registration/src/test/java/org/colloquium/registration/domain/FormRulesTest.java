package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.registration.api.AnswerFilter;
import org.colloquium.registration.api.AnswerLine;
import org.colloquium.registration.api.FieldKind;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormChoice;
import org.colloquium.registration.api.FormField;
import org.junit.jupiter.api.Test;

class FormRulesTest {

  private static FormField field(long id, FieldKind kind, boolean required, FormChoice... choices) {
    return new FormField(
        id, kind, "Q" + id, "Î" + id, null, null, required, false, false, List.of(choices), 0);
  }

  private static FormField hidden(long id, FieldKind kind, FormChoice... choices) {
    return new FormField(
        id, kind, "Q" + id, "Î" + id, null, null, true, false, true, List.of(choices), 0);
  }

  private static final FormChoice OPEN = new FormChoice(101L, "Archives", "Arhive", 20, 3);
  private static final FormChoice FULL =
      new FormChoice(102L, "Oral history", "Istorie orală", 2, 2);
  private static final FormChoice FREE = new FormChoice(103L, "Walk", "Plimbare", null, 40);

  private static List<String> problems(
      FormAnswers given, List<FormField> fields, FormAnswers previous, List<Problem> out) {
    FormRules.check(given, fields, previous, out);
    return out.stream().map(p -> p.field() + " " + p.messageKey()).toList();
  }

  @Test
  void valuesAreReadByTheirKind() {
    List<FormField> fields =
        List.of(
            field(1, FieldKind.NUMBER, false),
            field(2, FieldKind.DATE, false),
            field(3, FieldKind.COUNTRY, false),
            field(4, FieldKind.YES_NO, false),
            field(5, FieldKind.TEXT, false),
            field(6, FieldKind.CONSENT, false));
    List<Problem> problems = new ArrayList<>();
    FormAnswers kept =
        FormRules.check(
            new FormAnswers(
                Map.of(1L, " 3,5 ", 2L, "2027-05-14", 3L, "ro", 4L, "no", 5L, "  Iași  ", 6L, ""),
                Set.of()),
            fields,
            FormAnswers.NONE,
            problems);
    assertEquals(List.of(), problems);
    assertEquals(
        Map.of(1L, "3.5", 2L, "2027-05-14", 3L, "RO", 4L, "no", 5L, "Iași"), kept.values());
  }

  @Test
  void unreadableValuesAreNamedPerField() {
    List<FormField> fields =
        List.of(
            field(1, FieldKind.NUMBER, false),
            field(2, FieldKind.DATE, false),
            field(3, FieldKind.COUNTRY, false),
            field(4, FieldKind.YES_NO, false),
            field(5, FieldKind.TEXT, false));
    List<String> found =
        problems(
            new FormAnswers(
                Map.of(1L, "twelve", 2L, "14/05/2027", 3L, "XX", 4L, "maybe", 5L, "x".repeat(501)),
                Set.of()),
            fields,
            FormAnswers.NONE,
            new ArrayList<>());
    assertEquals(
        List.of(
            "field-1 registration.form.number",
            "field-2 registration.form.date",
            "field-3 registration.form.notOffered",
            "field-4 registration.form.notOffered",
            "field-5 registration.tooLong"),
        found);
  }

  @Test
  void aNumberIsDigitsNeverAnExponent() {
    List<FormField> fields = List.of(field(1, FieldKind.NUMBER, false));
    for (String typed : new String[] {"1e999999999", "1e-999999999", "1E5", "0x10", "1.5.2"}) {
      List<Problem> problems = new ArrayList<>();
      FormAnswers kept =
          FormRules.check(
              new FormAnswers(Map.of(1L, typed), Set.of()), fields, FormAnswers.NONE, problems);
      assertEquals(
          List.of("registration.form.number"),
          problems.stream().map(Problem::messageKey).toList(),
          typed);
      assertEquals(Map.of(), kept.values());
    }
    List<Problem> none = new ArrayList<>();
    assertEquals(
        Map.of(1L, "-12.25"),
        FormRules.check(
                new FormAnswers(Map.of(1L, "- 12,25"), Set.of()), fields, FormAnswers.NONE, none)
            .values());
  }

  @Test
  void requiredQuestionsAndConsentsMustBeAnswered() {
    List<FormField> fields =
        List.of(
            field(1, FieldKind.TEXT, true),
            field(2, FieldKind.CONSENT, true),
            field(3, FieldKind.CHOICE, true, OPEN),
            field(9, FieldKind.SECTION, true));
    List<String> found =
        problems(
            new FormAnswers(Map.of(1L, "   "), Set.of()),
            fields,
            FormAnswers.NONE,
            new ArrayList<>());
    assertEquals(
        List.of(
            "field-1 registration.form.required",
            "field-2 registration.form.consent",
            "field-3 registration.form.required"),
        found);
  }

  @Test
  void choicesAreOnlyThoseOfferedOneForASingleChoice() {
    FormChoice other = new FormChoice(104L, "Other", "Alta", null, 0);
    List<FormField> fields =
        List.of(
            field(1, FieldKind.CHOICE, false, OPEN, other),
            field(2, FieldKind.MULTIPLE, false, FREE));
    List<Problem> problems = new ArrayList<>();
    FormAnswers kept =
        FormRules.check(
            new FormAnswers(Map.of(), Set.of(101L, 104L, 103L, 999L)),
            fields,
            FormAnswers.NONE,
            problems);
    assertEquals("field-1", problems.get(0).field());
    assertEquals("registration.form.notOffered", problems.get(0).messageKey());
    // A choice of no field (a tampered id) is dropped, never stored.
    assertTrue(!kept.choices().contains(999L));
  }

  @Test
  void aFullChoiceIsRefusedUnlessAlreadyHeld() {
    List<FormField> fields = List.of(field(1, FieldKind.MULTIPLE, false, OPEN, FULL));
    List<Problem> problems = new ArrayList<>();
    FormRules.check(
        new FormAnswers(Map.of(), Set.of(101L, 102L)), fields, FormAnswers.NONE, problems);
    assertEquals(1, problems.size());
    assertEquals("registration.form.choiceFull", problems.get(0).messageKey());
    assertEquals(List.of("Oral history", "Istorie orală"), problems.get(0).arguments());

    List<Problem> none = new ArrayList<>();
    FormAnswers kept =
        FormRules.check(
            new FormAnswers(Map.of(), Set.of(101L, 102L)),
            fields,
            new FormAnswers(Map.of(), Set.of(102L)),
            none);
    assertEquals(List.of(), none);
    assertEquals(Set.of(101L, 102L), kept.choices());
  }

  @Test
  void hiddenFieldsKeepEarlierAnswersAndAreNotAsked() {
    List<FormField> fields =
        List.of(hidden(1, FieldKind.TEXT), hidden(2, FieldKind.MULTIPLE, FULL));
    List<Problem> problems = new ArrayList<>();
    FormAnswers kept =
        FormRules.check(
            new FormAnswers(Map.of(1L, "changed"), Set.of()),
            fields,
            new FormAnswers(Map.of(1L, "before"), Set.of(102L)),
            problems);
    assertEquals(List.of(), problems);
    assertEquals(Map.of(1L, "before"), kept.values());
    assertEquals(Set.of(102L), kept.choices());
  }

  @Test
  void answersReadInWordsInEitherLanguage() {
    List<FormField> fields =
        List.of(
            field(1, FieldKind.MULTIPLE, false, OPEN, FULL),
            field(2, FieldKind.YES_NO, false),
            field(3, FieldKind.COUNTRY, false),
            field(4, FieldKind.TEXT, false),
            field(5, FieldKind.SECTION, false));
    FormAnswers given = new FormAnswers(Map.of(2L, "yes", 3L, "MD"), Set.of(101L, 102L));
    assertEquals(
        List.of(
            new AnswerLine("Î1", "Arhive; Istorie orală"),
            new AnswerLine("Î2", "Da"),
            new AnswerLine("Î3", "Republica Moldova")),
        AnswerLine.of(fields, given, Language.RO, f -> true));
    assertEquals(
        List.of(new AnswerLine("Q2", "Yes"), new AnswerLine("Q3", "Moldova")),
        AnswerLine.of(fields, given, Language.EN, f -> f.kind() != FieldKind.MULTIPLE));
  }

  @Test
  void theListIsFilteredByChoicesAndYesOrNo() {
    List<FormField> fields =
        List.of(
            field(1, FieldKind.MULTIPLE, false, OPEN, FULL),
            field(2, FieldKind.YES_NO, false),
            field(3, FieldKind.TEXT, false),
            field(4, FieldKind.CONSENT, false));
    assertEquals(
        List.of(
            new AnswerFilter("c101", "Q1: Archives"),
            new AnswerFilter("c102", "Q1: Oral history"),
            new AnswerFilter("y2", "Q2: Yes"),
            new AnswerFilter("n2", "Q2: No"),
            new AnswerFilter("y4", "Q4: Yes")),
        AnswerFilter.of(fields, Language.EN));
    FormAnswers given = new FormAnswers(Map.of(2L, "no", 4L, "yes"), Set.of(102L));
    assertTrue(AnswerFilter.matches("c102", given));
    assertTrue(AnswerFilter.matches("n2", given));
    assertTrue(AnswerFilter.matches("y4", given));
    assertEquals(false, AnswerFilter.matches("c101", given));
    assertEquals(false, AnswerFilter.matches("y2", given));
    for (String nonsense : new String[] {"", "c", "x2", "c1e3", "y" + "9".repeat(30)}) {
      assertEquals(false, AnswerFilter.matches(nonsense, given), nonsense);
    }
  }
}
