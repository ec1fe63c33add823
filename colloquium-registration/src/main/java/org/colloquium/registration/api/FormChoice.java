package org.colloquium.registration.api;

import java.io.Serializable;
import org.colloquium.kernel.i18n.Language;

/**
 * One choice of a choice field: its labels, its places (null: no limit) and how many registrations
 * not over hold it.
 */
public record FormChoice(Long id, String labelEn, String labelRo, Integer capacity, int taken)
    implements Serializable {

  public String label(Language language) {
    return language == Language.RO ? labelRo : labelEn;
  }

  public boolean full() {
    return capacity != null && taken >= capacity;
  }

  /** Places left, null with no limit. */
  public Integer left() {
    return capacity == null ? null : Math.max(0, capacity - taken);
  }
}
