package org.colloquium.programme.api;

import java.io.Serializable;
import java.util.List;

/**
 * What publishing now would do.
 *
 * @param nextVersion the version the release would get
 * @param changes the generated changelog's lines against the last release; empty for the first
 * @param blocking the warnings that stop publishing
 * @param speakersToMail how many speakers would get a mail because their contribution moves or
 *     leaves the programme (one each, with a calendar file); 0 for the first release
 */
public record PublishPreview(
    int nextVersion,
    List<String> changes,
    List<ProgrammeWarning> blocking,
    int sessions,
    int contributions,
    int speakersToMail)
    implements Serializable {

  public PublishPreview {
    changes = List.copyOf(changes);
    blocking = List.copyOf(blocking);
  }

  public boolean allowed() {
    return blocking.isEmpty();
  }
}
