package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.registration.api.FieldDraft;
import org.colloquium.registration.api.FieldKind;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.domain.FieldRules.ChoiceLine;
import org.colloquium.registration.domain.FieldRules.Match;
import org.colloquium.registration.domain.FieldRules.Stored;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  private static FieldDraft draft(FieldKind kind, String en, String ro, String choices) {
    return new FieldDraft(null, kind, en, ro, null, null, false, false, choices);
  }

  @Test
  void choicesAreReadOnePerLineWithOptionalRomanianAndPlaces() {
    List<ChoiceLine> lines = new ArrayList<>();
    List<Problem> problems =
        FieldRules.check(
            draft(
                FieldKind.MULTIPLE,
                "Workshops",
                "Ateliere",
                "Archival methods | Metode arhivistice | 20\r\n\n  Walk  \nDinner || 0"),
            lines);
    assertEquals(List.of(), problems);
    assertEquals(
        List.of(
            new ChoiceLine("Archival methods", "Metode arhivistice", 20),
            new ChoiceLine("Walk", "Walk", null),
            new ChoiceLine("Dinner", "Dinner", 0)),
        lines);
    assertEquals(
        "Archival methods | Metode arhivistice | 20\nWalk | Walk\nDinner | Dinner | 0",
        FieldRules.text(lines));
  }

  @Test
  void badLinesAreNamedByNumber() {
    List<ChoiceLine> lines = new ArrayList<>();
    List<Problem> problems =
        FieldRules.check(
            draft(FieldKind.CHOICE, "Dinner", "", "Yes | Da | many\n | Nu\nYes\na|b|1|2"), lines);
    assertEquals(
        List.of(
            "labelRo registration.form.label.required []",
            "choices registration.form.choices.places [1]",
            "choices registration.form.choices.line [2]",
            "choices registration.form.choices.line [4]"),
        problems.stream()
            .map(p -> p.field() + " " + p.messageKey() + " " + p.arguments())
            .toList());
  }

  @Test
  void aChoiceFieldNeedsChoicesAndTheSameEnglishLabelOnce() {
    List<Problem> none =
        FieldRules.check(draft(FieldKind.CHOICE, "A", "A", " \n"), new ArrayList<>());
    assertEquals("registration.form.choices.required", none.get(0).messageKey());
    List<Problem> twice =
        FieldRules.check(draft(FieldKind.CHOICE, "A", "A", "Yes\nYES"), new ArrayList<>());
    assertEquals("registration.form.choices.twice", twice.get(0).messageKey());
    assertEquals(
        List.of(), FieldRules.check(draft(FieldKind.TEXT, "A", "A", "ignored"), new ArrayList<>()));
  }

  @Test
  void linesMeetStoredChoicesByLabelThenPosition() {
    List<Stored> stored =
        List.of(new Stored(1L, "Archives"), new Stored(2L, "Oral hist."), new Stored(3L, "Walk"));
    List<ChoiceLine> lines =
        List.of(
            new ChoiceLine("walk", "Plimbare", null),
            new ChoiceLine("Oral history", "Istorie orală", 10),
            new ChoiceLine("Film", "Film", null));
    List<Match> matches = FieldRules.match(lines, stored);
    // "walk" by label; "Oral history" takes the left-over choice at its position (renamed);
    // "Film" is new; "Archives" is left over.
    assertEquals(3L, matches.get(0).storedId());
    assertEquals(2L, matches.get(1).storedId());
    assertNull(matches.get(2).storedId());
    assertEquals(List.of(new Stored(1L, "Archives")), FieldRules.unmatched(matches, stored));
  }

  @Test
  void requestAnswersSurviveTheirJsonRoundTrip() {
    FormAnswers answers =
        new FormAnswers(java.util.Map.of(7L, "Анна „Iași” \"quoted\""), java.util.Set.of(3L, 1L));
    assertEquals(answers, FormAnswersJson.read(FormAnswersJson.write(answers)));
    assertNull(FormAnswersJson.write(FormAnswers.NONE));
    assertEquals(FormAnswers.NONE, FormAnswersJson.read("not json"));
  }
}
