package org.colloquium.web.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One public address, such as {@code /events/{slug}}, the view that renders it and its access rule.
 * Path parameters match one segment and reach the view as request parameters (for {@code
 * f:viewParam}).
 */
public final class Route {

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

  private final String pattern;
  private final String view;
  private final Access access;
  private final boolean shared;
  private final Pattern regex;
  private final List<String> parameterNames;

  public Route(String pattern, String view, Access access) {
    this(pattern, view, access, false);
  }

  /**
   * A public page that is the same for every anonymous visitor (in their language), so that the
   * public-page cache may keep it: it must show nothing that depends on the visitor.
   */
  public static Route shared(String pattern, String view) {
    return new Route(pattern, view, Access.PUBLIC, true);
  }

  private Route(String pattern, String view, Access access, boolean shared) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("route must start with /: " + pattern);
    }
    this.pattern = pattern;
    this.view = view;
    this.access = access;
    this.shared = shared;
    List<String> names = new ArrayList<>();
    Matcher m = PARAMETER.matcher(pattern);
    StringBuilder expression = new StringBuilder("^");
    int last = 0;
    while (m.find()) {
      expression.append(Pattern.quote(pattern.substring(last, m.start())));
      expression.append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    expression.append(Pattern.quote(pattern.substring(last))).append("$");
    this.regex = Pattern.compile(expression.toString());
    this.parameterNames = List.copyOf(names);
  }

  /** The parameters of {@code path} if it matches this route. */
  public Optional<Map<String, String>> match(String path) {
    Matcher matcher = regex.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parameterNames.size(); i++) {
      values.put(parameterNames.get(i), matcher.group(i + 1));
    }
    return Optional.of(values);
  }

  /** An address of this route with the given parameter values, for tests and links. */
  public String expand(Map<String, String> values) {
    String path = pattern;
    for (var e : values.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", e.getValue());
    }
    return path;
  }

  public String pattern() {
    return pattern;
  }

  public String view() {
    return view;
  }

  public Access access() {
    return access;
  }

  /** Whether anonymous visitors may be answered from the public-page cache. */
  public boolean isShared() {
    return shared;
  }

  public List<String> parameterNames() {
    return parameterNames;
  }

  @Override
  public String toString() {
    return pattern + " -> " + view + " (" + access + (shared ? ", shared" : "") + ")";
  }
}
