package org.colloquium.web.faces;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.colloquium.kernel.validation.Problem;

/** A time of day as people type it ("9:30", "09:30"), for the programme's forms. */
public final class TypedTime {

  private TypedTime() {}

  /**
   * The time typed, or null for nothing typed; a typo adds a problem for the field and answers
   * midnight, so that the other fields are still checked.
   */
  public static LocalTime parse(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String typed = text.strip();
    try {
      return LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(field, "programme.session.time.invalid", text));
      return LocalTime.MIDNIGHT;
    }
  }
}
