package org.colloquium.web.site.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colloquium.kernel.i18n.Language;

/**
 * The countries a country question offers: ISO 3166 codes with their names in the page's language,
 * in that language's alphabetical order (Ț after T in Romanian), from the JDK's data.
 */
@Named
@ApplicationScoped
public class CountryNames {

  /** A country to choose. */
  public record Country(String code, String name) {}

  private final Map<Language, List<Country>> byLanguage = new ConcurrentHashMap<>();

  public List<Country> of(Language language) {
    return byLanguage.computeIfAbsent(language, CountryNames::read);
  }

  private static List<Country> read(Language language) {
    Locale locale = Locale.forLanguageTag(language.code());
    List<Country> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      countries.add(new Country(code, new Locale("", code).getDisplayCountry(locale)));
    }
    Collator collator = Collator.getInstance(locale);
    countries.sort(Comparator.comparing(Country::name, collator));
    return List.copyOf(countries);
  }
}
