package org.colloquium.programme.api;

import java.io.Serializable;
import java.util.List;

/**
 * What publishing now would do.
 *
 * @param nextVersion the version the release would get
 * @param changes the generated changelog's lines against the last release; empty for the first
 * @param blocking the warnings that stop publishing
 */
public record PublishPreview(
    int nextVersion,
    List<String> changes,
    List<ProgrammeWarning> blocking,
    int sessions,
    int contributions)
    implements Serializable {

  public PublishPreview {
    changes = List.copyOf(changes);
    blocking = List.copyOf(blocking);
  }

  public boolean allowed() {
    return blocking.isEmpty();
  }
}
