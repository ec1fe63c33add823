package org.colloquium.submissions.api;

import java.util.regex.Pattern;

/**
 * How words of an abstract are counted: runs of non-space characters that contain at least one
 * letter or digit, so Markdown marks ("**", "-", "#") are not words. The form's live counter
 * (submission-form.js) uses the same rule, so the author sees the number the server enforces.
 */
public final class WordCount {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

  private WordCount() {}

  public static int of(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    int words = 0;
    for (String token : SPACE.split(text.strip())) {
      if (WORDLIKE.matcher(token).find()) {
        words++;
      }
    }
    return words;
  }
}
