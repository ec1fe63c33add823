package org.colloquium.web.my.submissions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.SubmissionInput;

/**
 * What the abstract form edits, bound as {@code #{submitAbstract.form.title}}: the texts, the
 * authors' rows with the one who presents, and the problems found in those rows. Filled from the
 * service's {@link SubmissionInput} and turned back into one here and nowhere else.
 */
public class AbstractFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String abstractText;
  private String keywords;
  private Long trackId;
  private Long typeId;
  private String language;
  private List<AuthorRow> authors = new ArrayList<>();
  private int presenting = -1;
  private final Map<String, String> authorErrors = new LinkedHashMap<>();

  /** Per committee member's account id: ticked as in a conflict of interest, and why. */
  private final Map<Long, Boolean> conflicted = new HashMap<>();

  private final Map<Long, String> conflictReasons = new HashMap<>();

  static AbstractFields of(SubmissionInput input) {
    AbstractFields f = new AbstractFields();
    f.title = input.title();
    f.abstractText = input.abstractText();
    f.keywords = String.join(", ", input.keywords());
    f.trackId = input.trackId();
    f.typeId = input.presentationTypeId();
    f.language = input.language();
    for (AuthorEntry entry : input.authors()) {
      if (entry.presenting() && f.presenting < 0) {
        f.presenting = f.authors.size();
      }
      f.authors.add(AuthorRow.of(entry));
    }
    if (input.declaredConflicts() != null) {
      input
          .declaredConflicts()
          .forEach(
              (id, reason) -> {
                f.conflicted.put(id, true);
                f.conflictReasons.put(id, reason);
              });
    }
    return f;
  }

  SubmissionInput input() {
    List<AuthorEntry> entries = new ArrayList<>();
    for (int i = 0; i < authors.size(); i++) {
      entries.add(authors.get(i).entry(i == presenting));
    }
    Map<Long, String> conflicts = new HashMap<>();
    conflicted.forEach(
        (id, ticked) -> {
          if (Boolean.TRUE.equals(ticked)) {
            String reason = conflictReasons.get(id);
            conflicts.put(id, reason == null ? "" : reason);
          }
        });
    return new SubmissionInput(
        title,
        abstractText,
        splitKeywords(keywords),
        trackId,
        typeId,
        language,
        entries,
        conflicts);
  }

  static List<String> splitKeywords(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
  }

  /**
   * The radio buttons of the rows are plain inputs sharing one name: their one value, as posted
   * (null when none was posted, which keeps the choice).
   */
  void choosePresenting(String posted) {
    if (posted == null) {
      return;
    }
    try {
      int index = Integer.parseInt(posted);
      presenting = index >= 0 && index < authors.size() ? index : -1;
    } catch (NumberFormatException e) {
      presenting = -1;
    }
  }

  void addAuthor() {
    authors.add(new AuthorRow());
  }

  void removeAuthor(int index) {
    if (index < 0 || index >= authors.size()) {
      return;
    }
    authors.remove(index);
    if (presenting == index) {
      presenting = -1;
    } else if (presenting > index) {
      presenting--;
    }
  }

  void moveAuthor(int index, int by) {
    int other = index + by;
    if (index < 0 || other < 0 || index >= authors.size() || other >= authors.size()) {
      return;
    }
    AuthorRow moved = authors.get(index);
    authors.set(index, authors.get(other));
    authors.set(other, moved);
    if (presenting == index) {
      presenting = other;
    } else if (presenting == other) {
      presenting = index;
    }
  }

  /**
   * Keeps the problems of author rows ({@code authors.2.email}, {@code authors}) to show next to
   * their row's field, in words; answers the others.
   */
  List<Problem> keepAuthorProblems(List<Problem> problems, Function<Problem, String> text) {
    List<Problem> rest = new ArrayList<>();
    for (Problem problem : problems) {
      if (problem.field().startsWith("authors") || problem.field().equals("conflicts")) {
        authorErrors.merge(problem.field(), text.apply(problem), (a, b) -> a + " " + b);
      } else {
        rest.add(problem);
      }
    }
    return rest;
  }

  void clearAuthorProblems() {
    authorErrors.clear();
  }

  public String authorError(int index, String field) {
    return authorErrors.getOrDefault("authors." + index + "." + field, "");
  }

  public boolean authorInvalid(int index, String field) {
    return authorErrors.containsKey("authors." + index + "." + field);
  }

  public String getConflictsError() {
    return authorErrors.getOrDefault("conflicts", "");
  }

  public Map<Long, Boolean> getConflicted() {
    return conflicted;
  }

  public Map<Long, String> getConflictReasons() {
    return conflictReasons;
  }

  public String getAuthorsError() {
    return authorErrors.getOrDefault("authors", "");
  }

  public List<AuthorRow> getAuthors() {
    return authors;
  }

  public int getPresenting() {
    return presenting;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAbstractText() {
    return abstractText;
  }

  public void setAbstractText(String abstractText) {
    this.abstractText = abstractText;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public Long getTypeId() {
    return typeId;
  }

  public void setTypeId(Long typeId) {
    this.typeId = typeId;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
