package org.colloquium.kernel.access;

/**
 * An address prefix served by something other than a routed view (static resources, the health
 * check, the API, feeds), which the router lets through to its servlet. A prefix ending in {@code
 * /} matches everything below it, any other only itself. {@code shared} as for {@link
 * Route#shared}: the same for every anonymous visitor, answered from the public-page cache. The
 * servlets behind endpoints check their callers themselves; the router's rule is {@code public}.
 */
public record Endpoint(String prefix, String purpose, boolean shared) {

  public Endpoint(String prefix, String purpose) {
    this(prefix, purpose, false);
  }

  public boolean matches(String path) {
    return prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix);
  }
}
