package org.colloquium.events.api;

import java.io.Serializable;

/** An organising or partner institution, ready for a page. */
public record InstitutionView(String name, String url) implements Serializable {}
