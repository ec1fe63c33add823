package org.colloquium.web.cache;

import java.time.Instant;
import java.util.Arrays;

/**
 * Whether a browser's copy of a page is still good (RFC 9110, section 13): {@code If-None-Match}
 * decides when present, compared weakly; otherwise {@code If-Modified-Since}, to the second.
 */
final class Revalidation {

  private Revalidation() {}

  /**
   * @param ifNoneMatch the header, or null
   * @param ifModifiedSince the header as epoch milliseconds, or -1 when absent or unreadable
   */
  static boolean notModified(
      String ifNoneMatch, long ifModifiedSince, String etag, Instant lastModified) {
    if (ifNoneMatch != null) {
      String ours = opaque(etag);
      return Arrays.stream(ifNoneMatch.split(","))
          .map(String::strip)
          .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(ours));
    }
    return ifModifiedSince >= 0 && lastModified.getEpochSecond() <= ifModifiedSince / 1000;
  }

  /** The tag without its weakness marker: weak comparison. */
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
