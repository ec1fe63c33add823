package org.colloquium.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ISO 639-1 languages for a form's select, named and sorted in the visitor's language. */
@RequestScoped
public class Languages {

  /** A language of the select, named in the visitor's language. */
  public record LanguageChoice(String code, String name) implements Serializable {}

  @Inject LocaleSelection language;

  /** All languages, {@code first} (an ISO code, or null) at the top. */
  public List<LanguageChoice> startingWith(String first) {
    Locale ui = language.getLocale();
    Collator collator = Collator.getInstance(ui);
    List<LanguageChoice> all =
        new ArrayList<>(
            Arrays.stream(Locale.getISOLanguages())
                .map(code -> new LanguageChoice(code, new Locale(code).getDisplayLanguage(ui)))
                .sorted(Comparator.comparing(LanguageChoice::name, collator))
                .toList());
    if (first != null) {
      all.stream()
          .filter(c -> c.code().equals(first))
          .findFirst()
          .ifPresent(
              c -> {
                all.remove(c);
                all.add(0, c);
              });
    }
    return all;
  }
}
