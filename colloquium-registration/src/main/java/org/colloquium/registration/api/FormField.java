package org.colloquium.registration.api;

import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.i18n.Language;

/**
 * One of the organisers' questions (or a section heading) as the form shows it, in both languages.
 * A hidden field is no longer asked but keeps the answers given (the organisers' page and the
 * exports still show it).
 *
 * @param answers how many registrations answered it (organisers' view; 0 elsewhere)
 */
public record FormField(
    Long id,
    FieldKind kind,
    String labelEn,
    String labelRo,
    String helpEn,
    String helpRo,
    boolean required,
    boolean showAtCheckIn,
    boolean hidden,
    List<FormChoice> choices,
    long answers)
    implements Serializable {

  public FormField {
    choices = List.copyOf(choices);
  }

  public String label(Language language) {
    return language == Language.RO ? labelRo : labelEn;
  }

  public String help(Language language) {
    return language == Language.RO ? helpRo : helpEn;
  }

  /** The key forms bind answers by (EL maps want strings). */
  public String key() {
    return String.valueOf(id);
  }

  /** The answer as a person reads it: choices by label, yes/no and countries in words. */
  public String display(FormAnswers given, Language language) {
    return FormDisplay.of(this, given, language);
  }
}
