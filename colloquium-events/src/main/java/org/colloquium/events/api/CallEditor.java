package org.colloquium.events.api;

import java.io.Serializable;

/**
 * What the organiser's call page starts from: the event (its zone and start matter for the dates)
 * and the form, filled from the call or, when there is none yet, with defaults.
 */
public record CallEditor(EventSummary event, boolean exists, CallForm form)
    implements Serializable {}
