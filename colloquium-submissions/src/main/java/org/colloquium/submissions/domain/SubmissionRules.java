package org.colloquium.submissions.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Orcid;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.SubmissionInput;
import org.colloquium.submissions.api.WordCount;

/**
 * Checks an abstract form against the call's {@link AbstractRules}. A draft needs only a title and
 * well-formed values (so an author can save half a form and come back); submitting also needs
 * everything the call asks for, within its limits. Every problem is reported at once, each on the
 * field it belongs to: {@code title}, {@code abstract}, {@code keywords}, {@code track}, {@code
 * type}, {@code language}, {@code authors}, and {@code authors.<i>.<name|email|affiliation|country|
 * orcid>} for the i-th author (from 0).
 */
public final class SubmissionRules {

  public static final int MAX_TITLE = 300;
  public static final int MAX_ABSTRACT_CHARS = 60_000;
  public static final int MAX_KEYWORD = 100;
  public static final int MAX_AUTHORS = 30;
  public static final int MAX_NAME = 200;
  public static final int MAX_AFFILIATION = 300;

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** The longest reason an author gives for a conflict of interest. */
  public static final int MAX_CONFLICT_REASON = 300;

  /**
   * What the rules need to know about the event besides the call's rules.
   *
   * @param committee the committee members an author may declare a conflict with
   */
  public record Choices(Set<Long> trackIds, Set<Long> presentationTypeIds, Set<Long> committee) {
    public Choices {
      trackIds = Set.copyOf(trackIds);
      presentationTypeIds = Set.copyOf(presentationTypeIds);
      committee = Set.copyOf(committee);
    }

    public Choices(Set<Long> trackIds, Set<Long> presentationTypeIds) {
      this(trackIds, presentationTypeIds, Set.of());
    }
  }

  private SubmissionRules() {}

  /**
   * A complete submission (handed in, or being handed in now) needs a PDF when the call requires
   * one; a draft may wait for it. The one place this rule lives: creating, saving, handing in and
   * removing the file all ask here.
   */
  public static Optional<Problem> missingPdf(
      AbstractRules rules, boolean complete, boolean hasFile) {
    if (complete && !hasFile && rules.pdfPolicy() == PdfPolicy.REQUIRED) {
      return Optional.of(Problem.of("file", "submission.file.required"));
    }
    return Optional.empty();
  }

  /**
   * The checked content, or null with the problems added.
   *
   * @param complete true when the author submits (every rule), false for a draft
   */
  public static SubmissionContent check(
      SubmissionInput input,
      AbstractRules rules,
      Choices choices,
      boolean complete,
      List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    String title = strip(input.title());
    if (title == null) {
      found.add(Problem.of("title", "submission.title.required"));
    } else if (title.length() > MAX_TITLE) {
      found.add(Problem.of("title", "submission.title.tooLong", MAX_TITLE));
    }

    String abstractText = input.abstractText() == null ? "" : input.abstractText().strip();
    if (abstractText.length() > MAX_ABSTRACT_CHARS) {
      found.add(Problem.of("abstract", "submission.abstract.tooLong", MAX_ABSTRACT_CHARS));
    } else if (complete) {
      int words = WordCount.of(abstractText);
      if (words == 0) {
        found.add(Problem.of("abstract", "submission.abstract.required"));
      } else if (words > rules.wordLimit()) {
        found.add(
            Problem.of("abstract", "submission.abstract.tooManyWords", words, rules.wordLimit()));
      }
    }

    List<String> keywords = keywords(input.keywords(), found);
    if (complete && keywords.size() < rules.minKeywords()) {
      found.add(Problem.of("keywords", "submission.keywords.tooFew", rules.minKeywords()));
    } else if (keywords.size() > rules.maxKeywords()) {
      found.add(Problem.of("keywords", "submission.keywords.tooMany", rules.maxKeywords()));
    }

    Long trackId = input.trackId();
    if (trackId != null && !choices.trackIds().contains(trackId)) {
      found.add(Problem.of("track", "submission.track.unknown"));
    } else if (complete
        && trackId == null
        && rules.trackRequired()
        && !choices.trackIds().isEmpty()) {
      found.add(Problem.of("track", "submission.track.required"));
    }
    Long typeId = input.presentationTypeId();
    if (typeId != null && !choices.presentationTypeIds().contains(typeId)) {
      found.add(Problem.of("type", "submission.type.unknown"));
    } else if (complete
        && typeId == null
        && rules.typeRequired()
        && !choices.presentationTypeIds().isEmpty()) {
      found.add(Problem.of("type", "submission.type.required"));
    }

    String language = strip(input.language());
    if (language != null) {
      language = language.toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(language)) {
        found.add(Problem.of("language", "submission.language.unknown"));
      }
    } else if (complete) {
      found.add(Problem.of("language", "submission.language.required"));
    }

    List<SubmissionContent.Author> authors = authors(input.authors(), complete, found);
    Map<Long, String> conflicts = conflicts(input.declaredConflicts(), choices.committee(), found);

    if (!found.isEmpty()) {
      problems.addAll(found);
      return null;
    }
    return new SubmissionContent(
        title,
        abstractText,
        keywords,
        trackId,
        typeId,
        language == null ? "" : language,
        authors,
        conflicts);
  }

  /**
   * The declared conflicts of interest, checked: each with a reason. Someone no longer on the
   * committee is dropped without a word (they were removed since, or the form was tampered with): a
   * conflict with them protects nothing and must not stop the author. Null (left as they are) when
   * none were given.
   */
  private static Map<Long, String> conflicts(
      Map<Long, String> declared, Set<Long> committee, List<Problem> found) {
    if (declared == null) {
      return null;
    }
    Map<Long, String> checked = new LinkedHashMap<>();
    boolean missing = false;
    boolean tooLong = false;
    for (var entry : declared.entrySet()) {
      if (!committee.contains(entry.getKey())) {
        continue;
      }
      String reason = strip(entry.getValue());
      if (reason == null) {
        missing = true;
      } else if (reason.length() > MAX_CONFLICT_REASON) {
        tooLong = true;
      } else {
        checked.put(entry.getKey(), reason);
      }
    }
    if (missing) {
      found.add(Problem.of("conflicts", "submission.conflicts.reasonRequired"));
    }
    if (tooLong) {
      found.add(Problem.of("conflicts", "submission.conflicts.reasonTooLong", MAX_CONFLICT_REASON));
    }
    return checked;
  }

  private static List<String> keywords(List<String> raw, List<Problem> found) {
    // Case-insensitive duplicates are dropped silently: "Memory" and "memory" are one keyword.
    Map<String, String> unique = new LinkedHashMap<>();
    boolean tooLong = false;
    for (String keyword : raw) {
      String k = strip(keyword);
      if (k == null) {
        continue;
      }
      if (k.length() > MAX_KEYWORD) {
        tooLong = true;
      }
      unique.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
    }
    if (tooLong) {
      found.add(Problem.of("keywords", "submission.keywords.tooLong", MAX_KEYWORD));
    }
    return List.copyOf(unique.values());
  }

  private static List<SubmissionContent.Author> authors(
      List<AuthorEntry> entries, boolean complete, List<Problem> found) {
    List<AuthorEntry> given = entries.stream().filter(a -> !isBlank(a)).toList();
    if (given.size() > MAX_AUTHORS) {
      found.add(Problem.of("authors", "submission.authors.tooMany", MAX_AUTHORS));
      return List.of();
    }
    if (complete && given.isEmpty()) {
      found.add(Problem.of("authors", "submission.authors.required"));
    }
    List<SubmissionContent.Author> authors = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    int presenting = 0;
    // Field names use the index in the list as sent, so a message lands next to the row it is
    // about.
    for (int i = 0; i < entries.size(); i++) {
      AuthorEntry entry = entries.get(i);
      if (isBlank(entry)) {
        continue;
      }
      String prefix = "authors." + i + ".";
      int before = found.size();
      String name = strip(entry.fullName());
      if (name == null) {
        found.add(Problem.of(prefix + "name", "submission.author.name.required"));
      } else if (name.length() > MAX_NAME) {
        found.add(Problem.of(prefix + "name", "submission.author.name.tooLong", MAX_NAME));
      }
      EmailAddress email = null;
      if (strip(entry.email()) == null) {
        found.add(Problem.of(prefix + "email", "submission.author.email.required"));
      } else {
        email = EmailAddress.parse(entry.email()).orElse(null);
        if (email == null) {
          found.add(Problem.of(prefix + "email", "submission.author.email.invalid"));
        } else if (!emails.add(email.value())) {
          found.add(Problem.of(prefix + "email", "submission.author.email.duplicate"));
        }
      }
      String affiliation = strip(entry.affiliation());
      if (affiliation != null && affiliation.length() > MAX_AFFILIATION) {
        found.add(
            Problem.of(
                prefix + "affiliation", "submission.author.affiliation.tooLong", MAX_AFFILIATION));
      }
      String country = strip(entry.country());
      if (country != null) {
        country = country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
          found.add(Problem.of(prefix + "country", "submission.author.country.unknown"));
        }
      }
      Orcid orcid = null;
      if (strip(entry.orcid()) != null) {
        orcid = Orcid.parse(entry.orcid()).orElse(null);
        if (orcid == null) {
          found.add(Problem.of(prefix + "orcid", "submission.author.orcid.invalid"));
        }
      }
      if (entry.presenting()) {
        presenting++;
      }
      if (found.size() == before) {
        authors.add(
            new SubmissionContent.Author(
                name, email, affiliation, country, orcid, entry.presenting(), entry.mayEdit()));
      }
    }
    if (presenting > 1) {
      found.add(Problem.of("authors", "submission.authors.onePresenter"));
    } else if (complete && presenting == 0 && !given.isEmpty()) {
      found.add(Problem.of("authors", "submission.authors.presenterRequired"));
    }
    return authors;
  }

  /** An empty row of the form (every field blank) is not an author: forms show spare rows. */
  private static boolean isBlank(AuthorEntry a) {
    return a == null
        || (strip(a.fullName()) == null
            && strip(a.email()) == null
            && strip(a.affiliation()) == null
            && strip(a.country()) == null
            && strip(a.orcid()) == null);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
