package org.colloquium.web.faces;

import org.colloquium.kernel.access.NotFoundException;

/**
 * Ids and numbers taken from an address ({@code /my/submissions/{submission}}): one that is not a
 * number names nothing, so it answers 404 like one that does not exist.
 */
public final class PathIds {

  private PathIds() {}

  public static Long id(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no such id: " + value);
    }
  }

  public static int number(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no such number: " + value);
    }
  }
}
