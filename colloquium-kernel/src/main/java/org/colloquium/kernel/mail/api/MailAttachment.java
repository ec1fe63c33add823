package org.colloquium.kernel.mail.api;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A text file sent with a mail, such as a calendar entry ({@code text/calendar}). Text only, and
 * small: it is stored in the outbox row with the mail until the retention period removes it, and a
 * mail server refuses large messages anyway.
 *
 * @param fileName the name the recipient's mail program shows and saves it under ({@code
 *     programme-changes.ics}); no path, no quotes, no line breaks
 * @param contentType the full MIME type with its parameters ({@code text/calendar; charset=UTF-8;
 *     method=PUBLISH}); sent as given, so it should name UTF-8, the encoding the text is sent in
 * @param content the text, at most {@link #MAX_BYTES} bytes in UTF-8
 */
public record MailAttachment(String fileName, String contentType, String content)
    implements Serializable {

  /** 256 KiB: far more than a calendar of one person's slots, far less than a server's limit. */
  public static final int MAX_BYTES = 256 * 1024;

  static final int MAX_NAME = 200;

  public MailAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    if (fileName.isBlank()
        || fileName.length() > MAX_NAME
        || fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f || "\"/\\".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("not a file name for an attachment: " + fileName);
    }
    // A line break in a header value would let the text add headers of its own.
    if (contentType.isBlank()
        || contentType.length() > MAX_NAME
        || !contentType.contains("/")
        || contentType.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("not a MIME type: " + contentType);
    }
    int bytes = content.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException(
          "attachment " + fileName + " has " + bytes + " bytes, more than " + MAX_BYTES);
    }
  }

  @Override
  public String toString() {
    return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length() + " chars]";
  }
}
