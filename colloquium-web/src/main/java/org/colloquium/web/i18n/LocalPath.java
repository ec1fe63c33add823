package org.colloquium.web.i18n;

/**
 * Checks that an address to return to after an action stays on this site. Without it, a link such
 * as {@code /sign-in?next=https://evil.example} would send a user who just signed in elsewhere.
 */
public final class LocalPath {

  private LocalPath() {}

  /** {@code candidate} if it is a path on this site, otherwise "/". */
  public static String orHome(String candidate) {
    if (candidate == null
        || candidate.isBlank()
        || !candidate.startsWith("/")
        || candidate.startsWith("//")
        || candidate.startsWith("/\\")
        || candidate.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
      return "/";
    }
    return candidate;
  }
}
