package org.colloquium.programme.application;

import org.colloquium.programme.api.PublishedProgramme;

/** A release's frozen content as it is stored: see {@link GzipJson}. */
final class ReleaseContent {

  private ReleaseContent() {}

  static byte[] write(PublishedProgramme programme) {
    return GzipJson.write(programme);
  }

  static PublishedProgramme read(byte[] content) {
    return GzipJson.read(content, PublishedProgramme.class);
  }
}
