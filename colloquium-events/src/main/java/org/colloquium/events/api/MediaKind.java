package org.colloquium.events.api;

/** What a media link leads to. */
public enum MediaKind {
  VIDEO,
  AUDIO,
  ARTICLE,
  OTHER
}
