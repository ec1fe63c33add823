package org.colloquium.web.account.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.colloquium.web.i18n.LocalPath;

/**
 * The {@code next} path carried from sign-up through the confirmation mail, so that someone who
 * signed up on the way to somewhere (an invitation) is brought back there. Only paths on this site
 * survive: anything else is dropped, never followed.
 */
public final class ContinueTo {

  private ContinueTo() {}

  /** The path if it is on this site and leads somewhere other than home, otherwise null. */
  public static String orNull(String next) {
    String safe = LocalPath.orHome(next);
    return "/".equals(safe) ? null : safe;
  }

  /** {@code ?next=…} for a link that passes the path on, or "" when there is none. */
  public static String query(String next) {
    String safe = orNull(next);
    return safe == null ? "" : "?next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
  }

  /**
   * Where "Continue" leads after the address is confirmed: straight there for someone already
   * signed in, through sign-in otherwise; null when there is nowhere to continue to.
   */
  public static String afterConfirmation(String next, boolean signedIn) {
    String safe = orNull(next);
    if (safe == null) {
      return null;
    }
    return signedIn ? safe : "/sign-in" + query(safe);
  }
}
