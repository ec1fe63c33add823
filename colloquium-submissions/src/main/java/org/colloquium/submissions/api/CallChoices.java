package org.colloquium.submissions.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.Choice;

/**
 * The ids of a public event's tracks and presentation types, which a submission names: the JSON API
 * shows them with the event so that a client can fill {@code trackId} without a form.
 */
public interface CallChoices {
  /** The tracks and types of an event the public may see; empty for a draft or unknown one. */
  Optional<Choices> ofPublicEvent(String eventSlug);

  /** Both lists in the order the organisers gave them. */
  record Choices(List<Choice> tracks, List<Choice> presentationTypes) implements Serializable {}
}
