package org.colloquium.events.domain;

/** Something an organiser puts in order on a list (tracks, types, attachments, media links). */
public interface Positioned {

  Long id();

  int position();

  void placeAt(int position);
}
