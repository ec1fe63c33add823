package org.colloquium.registration.api;

import java.util.Locale;
import java.util.stream.Collectors;
import org.colloquium.kernel.i18n.Language;

/** Answers in words, for pages, exports and the door: one place, so they all read the same. */
final class FormDisplay {

  private FormDisplay() {}

  static String of(FormField field, FormAnswers given, Language language) {
    if (given == null) {
      return "";
    }
    if (field.kind().chooses()) {
      return field.choices().stream()
          .filter(c -> given.chose(c.id()))
          .map(c -> c.label(language))
          .collect(Collectors.joining("; "));
    }
    String value = given.value(field.id());
    if (value == null) {
      return "";
    }
    return switch (field.kind()) {
      case YES_NO, CONSENT -> yesNo("yes".equals(value), language);
      case COUNTRY -> country(value, language);
      default -> value;
    };
  }

  static String yesNo(boolean yes, Language language) {
    if (language == Language.RO) {
      return yes ? "Da" : "Nu";
    }
    return yes ? "Yes" : "No";
  }

  /** The country's name in the language, the code itself for one Java does not know. */
  static String country(String code, Language language) {
    String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language.code()));
    return name.isBlank() || name.equals(code) ? code : name;
  }
}
