package org.colloquium.events.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule for links an organiser types (map, online stream, institutions): an absolute http or
 * https address with a host. Anything else, a {@code javascript:} address above all, would end up
 * in an {@code href} on the public page.
 */
public final class WebLink {

  public static final int MAX_LENGTH = 500;

  private WebLink() {}

  public static boolean isValid(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
