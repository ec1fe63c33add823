package org.colloquium.events.api;

import java.io.Serializable;

/**
 * An organising or partner institution with its logo's address on this site (without the context
 * path; null when it has no logo). The address changes with the logo, so it may be cached long.
 */
public record PartnerView(String name, String url, String logoPath) implements Serializable {}
