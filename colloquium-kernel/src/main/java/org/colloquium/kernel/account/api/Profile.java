package org.colloquium.kernel.account.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;

/**
 * What a person tells about themself: the name printed in programmes and certificates (any script:
 * Romanian diacritics, Cyrillic), affiliation, country, ORCID iD and preferred language.
 */
public record Profile(
    String fullName, String affiliation, String country, Orcid orcid, Language language)
    implements Serializable {

  public static final int MAX_NAME = 200;
  public static final int MAX_AFFILIATION = 300;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Profile {
    fullName = fullName == null ? null : fullName.strip();
    affiliation = blankToNull(affiliation);
    country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
    Objects.requireNonNull(language, "language");
  }

  /** Builds a profile from form input, reporting every problem at once. */
  public static Profile fromInput(
      String fullName,
      String affiliation,
      String country,
      String orcid,
      Language language,
      List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    String name = fullName == null ? "" : fullName.strip();
    if (name.isEmpty()) {
      found.add(Problem.of("fullName", "profile.fullName.required"));
    } else if (name.length() > MAX_NAME) {
      found.add(Problem.of("fullName", "profile.fullName.tooLong", MAX_NAME));
    }
    if (affiliation != null && affiliation.strip().length() > MAX_AFFILIATION) {
      found.add(Problem.of("affiliation", "profile.affiliation.tooLong", MAX_AFFILIATION));
    }
    String countryCode = blankToNull(country);
    if (countryCode != null && !COUNTRIES.contains(countryCode.strip().toUpperCase(Locale.ROOT))) {
      found.add(Problem.of("country", "profile.country.unknown"));
    }
    Orcid parsedOrcid = null;
    if (blankToNull(orcid) != null) {
      parsedOrcid = Orcid.parse(orcid).orElse(null);
      if (parsedOrcid == null) {
        found.add(Problem.of("orcid", "profile.orcid.invalid"));
      }
    }
    problems.addAll(found);
    if (!found.isEmpty()) {
      return null;
    }
    return new Profile(
        name,
        affiliation,
        countryCode,
        parsedOrcid,
        language == null ? Language.fallback() : language);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
