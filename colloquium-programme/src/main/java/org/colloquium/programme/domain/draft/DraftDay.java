package org.colloquium.programme.domain.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A conference day with its blocks. The date is the event's local date, given by the caller,
 * because speakers' preferred days are dates in the event's time zone and this package knows none.
 */
public record DraftDay(LocalDate date, List<DraftBlock> blocks) {

  public DraftDay {
    Objects.requireNonNull(date, "date");
    blocks = List.copyOf(blocks);
  }
}
