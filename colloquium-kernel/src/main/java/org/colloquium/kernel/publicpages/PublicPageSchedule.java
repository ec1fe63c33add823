package org.colloquium.kernel.publicpages;

import java.time.Instant;
import java.util.Optional;

/**
 * Implemented by a module whose public pages change by themselves at known moments, without anyone
 * writing anything: a call opens or closes, a scheduled news item becomes visible, an event moves
 * from "upcoming" to "past". The cache of rendered public pages keeps nothing past the earliest
 * such moment of any module. A module plugs in by providing a CDI bean of this type.
 */
public interface PublicPageSchedule {

  /** The first moment strictly after {@code now} at which one of this module's pages changes. */
  Optional<Instant> nextChangeAfter(Instant now);
}
