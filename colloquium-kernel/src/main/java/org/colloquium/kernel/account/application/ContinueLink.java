package org.colloquium.kernel.account.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Adds "where to go on to" ({@code next}) to a link in an account mail. Only a path on this site is
 * carried: the mail must never become a way to send someone elsewhere after confirming. The page
 * that reads it checks it again.
 */
final class ContinueLink {

  private ContinueLink() {}

  static String append(String link, String continueTo) {
    if (!isLocalPath(continueTo)) {
      return link;
    }
    return link
        + (link.contains("?") ? "&" : "?")
        + "next="
        + URLEncoder.encode(continueTo, StandardCharsets.UTF_8);
  }

  static boolean isLocalPath(String candidate) {
    return candidate != null
        && candidate.length() > 1
        && candidate.startsWith("/")
        && !candidate.startsWith("//")
        && candidate.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
  }
}
