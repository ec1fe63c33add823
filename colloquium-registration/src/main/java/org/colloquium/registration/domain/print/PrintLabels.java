package org.colloquium.registration.domain.print;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.colloquium.kernel.i18n.Language;

/** The printed documents' words in one language, with its dates and numbers. */
final class PrintLabels {

  private static final String BUNDLE = "org.colloquium.registration.domain.print.print";

  private final Language language;
  private final ResourceBundle bundle;

  private PrintLabels(Language language) {
    this.language = language;
    // No fallback to the server's default locale: English is the bundle without a suffix.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }

  static PrintLabels of(Language language) {
    return new PrintLabels(language);
  }

  Language language() {
    return language;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String get(String key, String value) {
    return bundle.getString(key).replace("{0}", value);
  }

  String date(LocalDate date) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
  }

  /**
   * "8–10 November 2023", "30 October – 2 November 2023", "30 December 2023 – 2 January 2024": the
   * shared month and year said once.
   */
  String dates(LocalDate start, LocalDate end) {
    Locale locale = language.locale();
    if (end == null || end.equals(start)) {
      return date(start);
    }
    String dash = "\u2013";
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return start.getDayOfMonth() + dash + date(end);
    }
    if (start.getYear() == end.getYear()) {
      return DateTimeFormatter.ofPattern("d MMMM", locale).format(start)
          + " "
          + dash
          + " "
          + date(end);
    }
    return date(start) + " " + dash + " " + date(end);
  }

  /** 8, 7.5 or 7,5 as the language writes it. */
  String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }
}
