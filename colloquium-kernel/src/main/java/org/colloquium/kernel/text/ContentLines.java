package org.colloquium.kernel.text;

import java.io.IOException;
import java.io.Writer;

/**
 * iCalendar's content lines (RFC 5545, 3.1) folded by octets. ical4j folds every 73 characters,
 * which for Romanian and Cyrillic text is up to twice the 75 octets a line may have; this folds
 * between code points, so a multi-byte character is never cut. Every module that writes calendar
 * files (the programme's feeds, registration's confirmations) writes through it.
 */
public final class ContentLines {

  private static final int MAX_LINE_OCTETS = 75;

  private ContentLines() {}

  /** Writes {@code ical} unfolded and folded again, each line ended by CRLF. */
  public static void refold(String ical, Writer out) throws IOException {
    String unfolded = ical.replace("\r\n ", "").replace("\r\n\t", "");
    for (String line : unfolded.split("\r\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      int limit = MAX_LINE_OCTETS;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > limit) {
          out.write("\r\n ");
          octets = 0;
          limit = MAX_LINE_OCTETS - 1; // the space that marks a continuation counts
        }
        out.write(Character.toChars(codePoint));
        octets += size;
        i += Character.charCount(codePoint);
      }
      out.write("\r\n");
    }
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }
}
