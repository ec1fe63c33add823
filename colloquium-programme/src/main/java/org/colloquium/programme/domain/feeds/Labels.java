package org.colloquium.programme.domain.feeds;

import org.colloquium.kernel.i18n.Language;

/** The few words the feeds print around names, in the event's language. */
record Labels(
    String speakers,
    String session,
    String chairs,
    String board,
    String posters,
    String release,
    String releases) {

  private static final Labels EN =
      new Labels(
          "Speakers",
          "Session",
          "Chairs",
          "Board",
          "Posters",
          "Programme release",
          "programme releases");
  private static final Labels RO =
      new Labels(
          "Prezintă",
          "Secțiunea",
          "Moderatori",
          "Panoul",
          "Postere",
          "Versiunea programului",
          "versiunile programului");

  static Labels of(Language language) {
    return language == Language.RO ? RO : EN;
  }
}
