package org.colloquium.web.manage;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reading an uploaded part without trusting its size: at most one byte more than allowed. Also used
 * by the abstract form.
 */
public final class Uploads {

  private Uploads() {}

  /** The bytes of the part, or null if none was chosen; stops reading at {@code limit + 1}. */
  public static byte[] read(Part part, int limit) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String name(Part part) {
    return part == null ? null : part.getSubmittedFileName();
  }
}
