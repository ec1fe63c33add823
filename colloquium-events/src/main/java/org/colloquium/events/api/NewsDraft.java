package org.colloquium.events.api;

import java.io.Serializable;
import org.colloquium.kernel.i18n.Language;

/**
 * What a manager typed into the news form. Texts in both languages; the primary one is required,
 * the other is an optional translation. {@code slug} is only read when creating (blank: made from
 * the title). {@code publishAt} is a wall-clock time in the event's (or the site's) zone, blank for
 * a draft.
 */
public record NewsDraft(
    String slug,
    Language primaryLanguage,
    String titleEn,
    String bodyEn,
    String titleRo,
    String bodyRo,
    String publishAt)
    implements Serializable {

  public String title(Language language) {
    return language == Language.RO ? titleRo : titleEn;
  }

  public String body(Language language) {
    return language == Language.RO ? bodyRo : bodyEn;
  }
}
