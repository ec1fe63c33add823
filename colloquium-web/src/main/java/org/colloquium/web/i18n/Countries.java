package org.colloquium.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The list of countries for forms, named and sorted in the visitor's language. */
@Named
@RequestScoped
public class Countries {

  /** A choice in a country select. */
  public record Country(String code, String name) {
    /** For EL, which reads only bean-style getters. */
    public String getCode() {
      return code;
    }

    /** For EL, which reads only bean-style getters. */
    public String getName() {
      return name;
    }
  }

  @Inject LocaleSelection language;

  private List<Country> all;

  public List<Country> getAll() {
    if (all == null) {
      Locale locale = language.getLocale();
      Collator collator = Collator.getInstance(locale);
      all =
          Arrays.stream(Locale.getISOCountries())
              .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
              .sorted(Comparator.comparing(Country::name, collator))
              .toList();
    }
    return all;
  }
}
