package org.colloquium.events.domain;

/** What a media link leads to. */
public enum MediaKind {
  VIDEO,
  AUDIO,
  ARTICLE,
  OTHER
}
