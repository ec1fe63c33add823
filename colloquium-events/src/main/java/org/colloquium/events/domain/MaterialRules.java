package org.colloquium.events.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.kernel.text.Folding;
import org.colloquium.kernel.validation.Problem;

/**
 * The rules for an event's tracks, presentation types, partners, attachments and media links, free
 * of persistence so unit tests can check them. Problems name the form field they concern.
 */
public final class MaterialRules {

  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int URL_MAX = WebLink.MAX_LENGTH;
  public static final int FILE_NAME_MAX = 120;
  public static final int DURATION_MIN = 5;
  public static final int DURATION_MAX = 480;

  private MaterialRules() {}

  /**
   * A name given, not too long, and unlike the other names of its kind in the event (ignoring case
   * and surrounding spaces, which a reader would not tell apart).
   */
  public static List<Problem> checkName(String field, String name, Collection<String> others) {
    List<Problem> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(Problem.of(field, "materials.name.required"));
    } else if (name.strip().length() > NAME_MAX) {
      problems.add(Problem.of(field, "materials.name.tooLong", NAME_MAX));
    } else {
      Set<String> taken = others.stream().map(MaterialRules::key).collect(Collectors.toSet());
      if (taken.contains(key(name))) {
        problems.add(Problem.of(field, "materials.name.taken", name.strip()));
      }
    }
    return problems;
  }

  public static List<Problem> checkDescription(String field, String description) {
    return description != null && description.strip().length() > DESCRIPTION_MAX
        ? List.of(Problem.of(field, "materials.description.tooLong", DESCRIPTION_MAX))
        : List.of();
  }

  /** Minutes of a slot: none (a poster), or from 5 minutes to a whole day of 8 hours. */
  public static boolean durationAllowed(Integer minutes) {
    return minutes == null || (minutes >= DURATION_MIN && minutes <= DURATION_MAX);
  }

  public static List<Problem> checkDuration(String field, Integer minutes) {
    return durationAllowed(minutes)
        ? List.of()
        : List.of(Problem.of(field, "materials.duration.range", DURATION_MIN, DURATION_MAX));
  }

  /** An absolute http or https address with a host: the rule of {@link WebLink}. */
  public static boolean isWebAddress(String url) {
    return url != null && url.strip().length() <= URL_MAX && WebLink.isValid(url);
  }

  public static List<Problem> checkWebAddress(String field, String url, boolean required) {
    if (url == null || url.isBlank()) {
      return required ? List.of(Problem.of(field, "materials.url.required")) : List.of();
    }
    return isWebAddress(url) ? List.of() : List.of(Problem.of(field, "materials.url.invalid"));
  }

  /**
   * The name a PDF is downloaded under: the uploaded name reduced to letters, digits, dots, hyphens
   * and underscores (diacritics dropped, so "Programul conferinței.pdf" becomes
   * "Programul-conferintei.pdf"), ending in .pdf, and numbered if the event already has it.
   */
  public static String fileName(String uploaded, Collection<String> taken) {
    String base = uploaded == null ? "" : uploaded;
    // Browsers of some systems send the whole path.
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    if (base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      base = base.substring(0, base.length() - 4);
    }
    base =
        Folding.withoutMarks(base)
            .replaceAll("[^A-Za-z0-9._-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    if (base.isEmpty()) {
      base = "document";
    }
    base = base.substring(0, Math.min(base.length(), FILE_NAME_MAX - 10));
    Set<String> used =
        taken.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    String candidate = base + ".pdf";
    for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = base + "-" + n + ".pdf";
    }
    return candidate;
  }

  /**
   * Moves the item with {@code id} by {@code delta} places (-1 up, +1 down) within {@code ordered}
   * and renumbers all from 0, so positions stay dense whatever was removed before.
   *
   * @return false if there is no such item or it is already at the edge
   */
  public static <T extends Positioned> boolean move(List<T> ordered, Long id, int delta) {
    List<T> items = new ArrayList<>(ordered);
    int from = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(id)) {
        from = i;
      }
    }
    int to = from + delta;
    if (from < 0 || to < 0 || to >= items.size()) {
      return false;
    }
    items.add(to, items.remove(from));
    renumber(items);
    return true;
  }

  public static <T extends Positioned> void renumber(List<T> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).position() != i) {
        ordered.get(i).placeAt(i);
      }
    }
  }

  static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a name is required");
    }
    return name.strip();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
