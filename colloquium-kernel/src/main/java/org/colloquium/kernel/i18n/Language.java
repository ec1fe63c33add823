package org.colloquium.kernel.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language of the interface and of mails. English is the fallback for everything. */
public enum Language {
  EN("en", "English"),
  RO("ro", "Română");

  private final String code;
  private final String nativeName;

  Language(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
  }

  public String code() {
    return code;
  }

  /** The language's name in itself, as a language switch shows it. */
  public String nativeName() {
    return nativeName;
  }

  /** For EL, which reads only bean-style getters. */
  public String getNativeName() {
    return nativeName;
  }

  /** For EL, which reads only bean-style getters. */
  public String getCode() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public static Language fallback() {
    return EN;
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
  }

  public static Language of(Locale locale) {
    return locale == null ? fallback() : fromCode(locale.getLanguage()).orElse(fallback());
  }
}
