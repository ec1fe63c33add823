package org.colloquium.kernel.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One public address, such as {@code /events/{slug}}, the target that renders it (a view under
 * /WEB-INF or an internal servlet path) and its access rule. Path parameters match one segment and
 * reach the view as request parameters (for {@code f:viewParam}).
 */
public final class Route {

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

  private final String pattern;
  private final String view;
  private final Class<? extends AccessRule> rule;
  private final boolean shared;
  private final Pattern regex;
  private final List<String> parameterNames;
  private final String specificity;

  public Route(String pattern, String view, Class<? extends AccessRule> rule) {
    this(pattern, view, rule, false);
  }

  /**
   * A public page that is the same for every anonymous visitor (in their language), so that the
   * public-page cache may keep it: it must show nothing that depends on the visitor.
   */
  public static Route shared(String pattern, String view) {
    return new Route(pattern, view, AnyVisitor.class, true);
  }

  private Route(String pattern, String view, Class<? extends AccessRule> rule, boolean shared) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("route must start with /: " + pattern);
    }
    this.pattern = pattern;
    this.view = Objects.requireNonNull(view);
    this.rule = Objects.requireNonNull(rule, "every route names its access rule");
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
    this.specificity = specificityOf(pattern);
  }

  /**
   * One letter per segment, L for a literal and P for one holding a parameter: of two routes that
   * match an address, the one whose first differing segment is literal wins ({@code
   * /manage/events/new} over {@code /manage/events/{slug}}), so route sets from different modules
   * need no order.
   */
  private static String specificityOf(String pattern) {
    StringBuilder letters = new StringBuilder();
    for (String segment : pattern.substring(1).split("/", -1)) {
      letters.append(PARAMETER.matcher(segment).find() ? 'P' : 'L');
    }
    return letters.toString();
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

  public Class<? extends AccessRule> rule() {
    return rule;
  }

  /** Whether anyone may open it, signed in or not. */
  public boolean isPublic() {
    return rule == AnyVisitor.class;
  }

  /** Whether anonymous visitors may be answered from the public-page cache. */
  public boolean isShared() {
    return shared;
  }

  public List<String> parameterNames() {
    return parameterNames;
  }

  /** Ordering key: literal segments before parameters, compared from the left. */
  String specificity() {
    return specificity;
  }

  @Override
  public String toString() {
    return pattern + " -> " + view + " (" + rule.getSimpleName() + (shared ? ", shared" : "") + ")";
  }
}
