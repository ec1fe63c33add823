package org.colloquium.events.api;

import java.io.Serializable;

/**
 * An attached PDF as the public page lists it: {@code path} is its download address on this site
 * (without the context path), {@code languageCode} "en", "ro" or null.
 */
public record AttachmentView(
    AttachmentKind kind,
    String title,
    String languageCode,
    String fileName,
    String path,
    long sizeBytes)
    implements Serializable {

  /** Size for people: "240 kB", "1.2 MB". */
  public String size() {
    if (sizeBytes < 1000 * 1000) {
      return Math.max(1, Math.round(sizeBytes / 1000.0)) + " kB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1_000_000.0);
  }
}
