package org.colloquium.events.api;

import java.io.Serializable;
import org.colloquium.kernel.i18n.Language;

/**
 * What other modules may know of an event to decide with: which it is, whether the public sees it,
 * when and in which zone it happens, and the language its texts are written in.
 */
public record EventRecord(
    Long id,
    Slug slug,
    String title,
    EventStatus status,
    EventSchedule schedule,
    Language contentLanguage)
    implements Serializable {}
