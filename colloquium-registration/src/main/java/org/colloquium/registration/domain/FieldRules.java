package org.colloquium.registration.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.registration.api.FieldDraft;

/**
 * The rules of an organiser's question: both labels, help within bounds, and for a choice field its
 * choices one per line ({@code English | Română | places}); and how the lines typed meet the
 * choices stored, so that answers follow a renamed choice.
 */
public final class FieldRules {

  private FieldRules() {}

  /** One line of the choices as typed; {@code capacity} null for no limit. */
  public record ChoiceLine(String labelEn, String labelRo, Integer capacity) {}

  /** A stored choice, as far as matching needs it. */
  public record Stored(Long id, String labelEn) {}

  /** A line and the stored choice it continues (null: a new choice). */
  public record Match(ChoiceLine line, Long storedId) {}

  /**
   * The draft's problems (fields named as the draft's components), and its choices read into {@code
   * lines} when it has any.
   */
  public static List<Problem> check(FieldDraft draft, List<ChoiceLine> lines) {
    List<Problem> problems = new ArrayList<>();
    if (draft.kind() == null) {
      problems.add(Problem.of("kind", "registration.form.kind.required"));
      return problems;
    }
    label(problems, "labelEn", draft.labelEn());
    label(problems, "labelRo", draft.labelRo());
    help(problems, "helpEn", draft.helpEn());
    help(problems, "helpRo", draft.helpRo());
    if (draft.kind().chooses()) {
      lines.addAll(lines(draft.choices(), problems));
      if (lines.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("choices"))) {
        problems.add(Problem.of("choices", "registration.form.choices.required"));
      }
    }
    return problems;
  }

  private static void label(List<Problem> problems, String field, String value) {
    String label = strip(value);
    if (label == null) {
      problems.add(Problem.of(field, "registration.form.label.required"));
    } else if (label.length() > FieldDraft.MAX_LABEL) {
      problems.add(Problem.of(field, "registration.tooLong", FieldDraft.MAX_LABEL));
    }
  }

  private static void help(List<Problem> problems, String field, String value) {
    String help = strip(value);
    if (help != null && help.length() > FieldDraft.MAX_HELP) {
      problems.add(Problem.of(field, "registration.tooLong", FieldDraft.MAX_HELP));
    }
  }

  /** Reads the choices typed, one per line; every line's problem names its number. */
  static List<ChoiceLine> lines(String text, List<Problem> problems) {
    List<ChoiceLine> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    Set<String> seen = new HashSet<>();
    String[] rows = text.split("\\R");
    int number = 0;
    for (String row : rows) {
      number++;
      if (row.isBlank()) {
        continue;
      }
      String[] parts = row.split("\\|", -1);
      String en = strip(parts[0]);
      String ro = parts.length > 1 ? strip(parts[1]) : null;
      String places = parts.length > 2 ? strip(parts[2]) : null;
      if (parts.length > 3 || en == null) {
        problems.add(Problem.of("choices", "registration.form.choices.line", number));
        continue;
      }
      if (en.length() > FieldDraft.MAX_LABEL
          || (ro != null && ro.length() > FieldDraft.MAX_LABEL)) {
        problems.add(Problem.of("choices", "registration.form.choices.tooLong", number));
        continue;
      }
      Integer capacity = null;
      if (places != null) {
        try {
          capacity = Integer.valueOf(places);
        } catch (NumberFormatException e) {
          capacity = -1;
        }
        if (capacity < 0 || capacity > 100_000) {
          problems.add(Problem.of("choices", "registration.form.choices.places", number));
          continue;
        }
      }
      if (!seen.add(en.toLowerCase(Locale.ROOT))) {
        problems.add(Problem.of("choices", "registration.form.choices.twice", number));
        continue;
      }
      lines.add(new ChoiceLine(en, ro == null ? en : ro, capacity));
    }
    if (lines.size() > FieldDraft.MAX_CHOICES) {
      problems.add(Problem.of("choices", "registration.form.choices.many", FieldDraft.MAX_CHOICES));
    }
    return lines;
  }

  /**
   * Meets the lines with the stored choices: first by English label (ignoring case), then a line
   * left over takes the left-over stored choice at its own position (a renamed choice keeps its
   * answers); the rest are new. The stored choices no line took are {@link #unmatched}.
   */
  public static List<Match> match(List<ChoiceLine> lines, List<Stored> stored) {
    Long[] taken = new Long[lines.size()];
    Set<Long> used = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String en = lines.get(i).labelEn().toLowerCase(Locale.ROOT);
      for (Stored s : stored) {
        if (!used.contains(s.id()) && s.labelEn().toLowerCase(Locale.ROOT).equals(en)) {
          taken[i] = s.id();
          used.add(s.id());
          break;
        }
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (taken[i] == null && i < stored.size() && !used.contains(stored.get(i).id())) {
        taken[i] = stored.get(i).id();
        used.add(taken[i]);
      }
    }
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      matches.add(new Match(lines.get(i), taken[i]));
    }
    return matches;
  }

  /** The stored choices no line continues. */
  public static List<Stored> unmatched(List<Match> matches, List<Stored> stored) {
    Set<Long> kept = new HashSet<>();
    matches.forEach(m -> kept.add(m.storedId()));
    return stored.stream().filter(s -> !kept.contains(s.id())).toList();
  }

  /** The choices as the organiser typed them, for the form to show again. */
  public static String text(List<ChoiceLine> lines) {
    StringBuilder text = new StringBuilder();
    for (ChoiceLine line : lines) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(line.labelEn()).append(" | ").append(line.labelRo());
      if (line.capacity() != null) {
        text.append(" | ").append(line.capacity());
      }
    }
    return text.toString();
  }

  public static String strip(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
