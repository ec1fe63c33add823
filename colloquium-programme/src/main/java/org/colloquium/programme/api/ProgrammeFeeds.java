package org.colloquium.programme.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * The last release of an event's programme in the forms other tools read. Addresses in them are
 * absolute, from the site's base address, since they are read from elsewhere.
 */
public interface ProgrammeFeeds {

  /**
   * Writes the feed of the event's last release.
   *
   * @return false, having written nothing, when the event has no release the viewer may see
   */
  boolean write(String slug, Long viewerId, FeedFormat format, String baseUrl, OutputStream out)
      throws IOException;

  /**
   * Writes a personal agenda: the iCalendar of the chosen contributions of the last release (ids
   * not in it are left out).
   *
   * @return false, having written nothing, when the event has no release the viewer may see
   */
  boolean writeAgenda(
      String slug, Long viewerId, Set<Long> contributionIds, String baseUrl, OutputStream out)
      throws IOException;
}
