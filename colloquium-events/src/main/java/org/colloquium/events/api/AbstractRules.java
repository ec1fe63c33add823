package org.colloquium.events.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.colloquium.kernel.validation.Problem;

/**
 * What the abstract form of a call asks for: a word limit, how many keywords, whether a track and a
 * presentation type must be chosen, and whether a PDF comes with it. Keywords are required when the
 * minimum is at least one.
 */
public record AbstractRules(
    int wordLimit,
    int minKeywords,
    int maxKeywords,
    boolean trackRequired,
    boolean typeRequired,
    PdfPolicy pdfPolicy,
    int maxFileMb,
    Integer maxPages)
    implements Serializable {

  public static final int MIN_WORDS = 50;
  public static final int MAX_WORDS = 5000;
  public static final int MAX_KEYWORDS = 20;
  public static final int MAX_FILE_MB = 50;
  public static final int MAX_PAGES = 500;

  /** What a new call starts with. */
  public static final AbstractRules DEFAULT =
      new AbstractRules(300, 3, 5, false, false, PdfPolicy.OPTIONAL, 10);

  public AbstractRules {
    Objects.requireNonNull(pdfPolicy, "pdfPolicy");
    List<Problem> problems = new ArrayList<>();
    check(wordLimit, minKeywords, maxKeywords, maxFileMb, problems);
    checkPages(maxPages, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.toString());
    }
  }

  /** Rules without a page limit. */
  public AbstractRules(
      int wordLimit,
      int minKeywords,
      int maxKeywords,
      boolean trackRequired,
      boolean typeRequired,
      PdfPolicy pdfPolicy,
      int maxFileMb) {
    this(
        wordLimit,
        minKeywords,
        maxKeywords,
        trackRequired,
        typeRequired,
        pdfPolicy,
        maxFileMb,
        null);
  }

  /** Rules without a page limit, or null with the problems added to {@code problems}. */
  public static AbstractRules of(
      Integer wordLimit,
      Integer minKeywords,
      Integer maxKeywords,
      boolean trackRequired,
      boolean typeRequired,
      PdfPolicy pdfPolicy,
      Integer maxFileMb,
      List<Problem> problems) {
    return of(
        wordLimit,
        minKeywords,
        maxKeywords,
        trackRequired,
        typeRequired,
        pdfPolicy,
        maxFileMb,
        null,
        problems);
  }

  /**
   * The rules, or null with the problems added to {@code problems}.
   *
   * @param maxPages the most pages a PDF may have, or null for no limit
   */
  public static AbstractRules of(
      Integer wordLimit,
      Integer minKeywords,
      Integer maxKeywords,
      boolean trackRequired,
      boolean typeRequired,
      PdfPolicy pdfPolicy,
      Integer maxFileMb,
      Integer maxPages,
      List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    if (wordLimit == null) {
      found.add(Problem.of("wordLimit", "call.wordLimit.required"));
    }
    if (minKeywords == null) {
      found.add(Problem.of("minKeywords", "call.keywords.required"));
    }
    if (maxKeywords == null) {
      found.add(Problem.of("maxKeywords", "call.keywords.required"));
    }
    if (pdfPolicy == null) {
      found.add(Problem.of("pdfPolicy", "call.pdfPolicy.required"));
    }
    if (maxFileMb == null && pdfPolicy != PdfPolicy.NOT_ALLOWED) {
      found.add(Problem.of("maxFileMb", "call.maxFileMb.required"));
    }
    if (found.isEmpty()) {
      int fileMb = maxFileMb == null ? DEFAULT.maxFileMb() : maxFileMb;
      check(wordLimit, minKeywords, maxKeywords, fileMb, found);
      checkPages(maxPages, found);
      if (found.isEmpty()) {
        return new AbstractRules(
            wordLimit,
            minKeywords,
            maxKeywords,
            trackRequired,
            typeRequired,
            pdfPolicy,
            fileMb,
            maxPages);
      }
    }
    problems.addAll(found);
    return null;
  }

  private static void check(
      int wordLimit, int minKeywords, int maxKeywords, int maxFileMb, List<Problem> problems) {
    if (wordLimit < MIN_WORDS || wordLimit > MAX_WORDS) {
      problems.add(Problem.of("wordLimit", "call.wordLimit.range", MIN_WORDS, MAX_WORDS));
    }
    if (maxKeywords < 0 || maxKeywords > MAX_KEYWORDS) {
      problems.add(Problem.of("maxKeywords", "call.maxKeywords.range", MAX_KEYWORDS));
    }
    if (minKeywords < 0) {
      problems.add(Problem.of("minKeywords", "call.minKeywords.negative"));
    } else if (minKeywords > maxKeywords && maxKeywords >= 0) {
      problems.add(Problem.of("minKeywords", "call.minKeywords.aboveMax"));
    }
    if (maxFileMb < 1 || maxFileMb > MAX_FILE_MB) {
      problems.add(Problem.of("maxFileMb", "call.maxFileMb.range", MAX_FILE_MB));
    }
  }

  private static void checkPages(Integer maxPages, List<Problem> problems) {
    if (maxPages != null && (maxPages < 1 || maxPages > MAX_PAGES)) {
      problems.add(Problem.of("maxPages", "call.maxPages.range", MAX_PAGES));
    }
  }

  public boolean keywordsRequired() {
    return minKeywords > 0;
  }

  public boolean asksForKeywords() {
    return maxKeywords > 0;
  }
}
