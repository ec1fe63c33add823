package org.colloquium.events.api;

import java.util.List;

/** A track as the organiser entered it; chairs are account ids among the committee. */
public record TrackChange(String name, String description, List<Long> chairIds) {

  public TrackChange {
    chairIds = chairIds == null ? List.of() : List.copyOf(chairIds);
  }
}
