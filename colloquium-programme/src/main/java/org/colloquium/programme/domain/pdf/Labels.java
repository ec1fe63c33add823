package org.colloquium.programme.domain.pdf;

import java.text.Collator;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;

/** The fixed words of the PDFs in one language, and the dates and sorting that go with it. */
final class Labels {

  private final Language language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter day;
  private final DateTimeFormatter date;
  private final DateTimeFormatter shortDay;

  private Labels(Language language) {
    this.language = language;
    // Without the no-fallback control an English document would come out Romanian on a server
    // whose default locale is Romanian (the default locale is tried before the base bundle).
    this.bundle =
        ResourceBundle.getBundle(
            "org.colloquium.programme.domain.pdf.labels",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.day = DateTimeFormatter.ofPattern(get("dayFormat"), language.locale());
    this.date = DateTimeFormatter.ofPattern(get("dateFormat"), language.locale());
    this.shortDay = DateTimeFormatter.ofPattern(get("shortDayFormat"), language.locale());
  }

  static Labels of(Language language) {
    return new Labels(language == null ? Language.fallback() : language);
  }

  Language language() {
    return language;
  }

  Locale locale() {
    return language.locale();
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale()).format(arguments);
  }

  String kind(SessionKind kind) {
    return get("kind." + kind.name());
  }

  /** Empty for a room people sit in: only online and hybrid rooms are worth a word. */
  String roomMode(RoomMode mode) {
    return mode == null || mode == RoomMode.IN_PERSON ? "" : get("room." + mode.name());
  }

  String day(LocalDate value) {
    String text = day.format(value);
    // Romanian writes day names in lower case, but a heading starts with a capital.
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale()) + text.substring(1);
  }

  String shortDay(LocalDate value) {
    return shortDay.format(value);
  }

  String date(LocalDate value) {
    return date.format(value);
  }

  String country(String isoCode) {
    if (isoCode == null || isoCode.isBlank()) {
      return "";
    }
    String name =
        new Locale("", isoCode.trim().toUpperCase(Locale.ROOT)).getDisplayCountry(locale());
    return name.isBlank() ? isoCode : name;
  }

  /**
   * Orders names as a reader of this language looks them up: Romanian puts ă and â after a, î after
   * i, ș after s and ț after t as letters of their own, where English folds them into the plain
   * letters. The JDK's Romanian collator does not (it sorts Șova before Suciu), hence {@link
   * RomanianOrder}.
   */
  Comparator<String> nameOrder() {
    Collator collator = Collator.getInstance(locale());
    collator.setStrength(Collator.TERTIARY);
    collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    Comparator<String> plain = collator::compare;
    return language == Language.RO ? new RomanianOrder(plain) : plain;
  }
}
