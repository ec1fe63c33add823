package org.colloquium.events.domain;

import java.io.Serializable;
import org.colloquium.kernel.i18n.Language;

/**
 * An event's texts as one visitor reads them, each with the language it is actually written in
 * (pages put that in {@code lang}): the visitor's language where the organisers translated it, the
 * primary language otherwise.
 */
public record LocalisedText(
    String title,
    String subtitle,
    Language language,
    String description,
    Language descriptionLanguage)
    implements Serializable {}
