package org.colloquium.web.faces;

/**
 * A constant named in a request (a filter in the query string, a radio's value): null when blank or
 * unknown, so that a tampered value reads as "none chosen" and the service says what is missing,
 * instead of a conversion error.
 */
public final class EnumParameters {

  private EnumParameters() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
