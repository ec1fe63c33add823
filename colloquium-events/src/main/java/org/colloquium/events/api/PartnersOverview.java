package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/**
 * The partners page: the organising institution (null if none) and the partners in order, with the
 * event's version, which every change must carry back (two organisers editing at once).
 */
public record PartnersOverview(int version, PartnerView organiser, List<PartnerView> partners)
    implements Serializable {}
