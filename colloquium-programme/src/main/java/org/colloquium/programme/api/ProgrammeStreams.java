package org.colloquium.programme.api;

import java.time.Instant;
import java.util.List;

/**
 * The rooms' stream and meeting links, which no public page, feed, API answer or PDF shows: only
 * personal join links resolve them, for the people registration admits.
 */
public interface ProgrammeStreams {

  /** How early before a session its room's link is handed out, so people can settle in. */
  java.time.Duration LEAD = java.time.Duration.ofMinutes(15);

  /**
   * The rooms with a link where a session of the published programme runs at {@code at} or starts
   * within {@link #LEAD}, in order of start (one per room); empty before the first release.
   */
  List<LiveStream> liveAt(String slug, Instant at);
}
