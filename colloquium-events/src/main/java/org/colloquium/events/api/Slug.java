package org.colloquium.events.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The name of an event in its address ({@code /events/20-months-after}): lower-case letters, digits
 * and single hyphens. Part of public URLs, so it never changes behind a visitor's back.
 */
public record Slug(String value) implements Serializable {

  public static final int MAX_LENGTH = 80;
  private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  public Slug {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a slug: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null
        && value.length() >= 3
        && value.length() <= MAX_LENGTH
        && SHAPE.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
