package org.colloquium.web.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reading an uploaded part without trusting its size: at most one byte more than allowed. For every
 * form with a file (logos, attachments, the abstract's PDF).
 */
public final class Uploads {

  private Uploads() {}

  /**
   * The bytes of the part, or null if none was chosen; stops reading at {@code limit + 1}. The part
   * is deleted once read (its memory or temporary file freed at once). Beans in the view scope take
   * their part out of the field before reading it: the view outlives the request, and a part held
   * by it would keep the file in memory for as long as the session keeps the view.
   */
  public static byte[] read(Part part, int limit) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        part.delete();
      } catch (IOException ignored) {
        // The container removes it at the end of the request anyway.
      }
    }
  }

  public static String name(Part part) {
    return part == null ? null : part.getSubmittedFileName();
  }
}
