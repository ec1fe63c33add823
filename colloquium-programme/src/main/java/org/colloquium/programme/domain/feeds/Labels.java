package org.colloquium.programme.domain.feeds;

import org.colloquium.kernel.i18n.Language;

/** The few words the feeds print around names, in the event's language. */
record Labels(
    String speakers, String session, String chairs, String board, String posters, String release) {

  private static final Labels EN =
      new Labels("Speakers", "Session", "Chairs", "Board", "Posters", "Programme release");
  private static final Labels RO =
      new Labels(
          "Prezintă", "Secțiunea", "Moderatori", "Panoul", "Postere", "Versiunea programului");

  static Labels of(Language language) {
    return language == Language.RO ? RO : EN;
  }
}
