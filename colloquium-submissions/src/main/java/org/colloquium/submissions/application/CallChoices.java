package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.application.EventAccess;
import org.colloquium.submissions.domain.Choice;
import org.colloquium.submissions.domain.SubmissionRepository;

/**
 * The ids of a public event's tracks and presentation types, which a submission names: the JSON API
 * shows them with the event so that a client can fill {@code trackId} without a form.
 */
@ApplicationScoped
@Transactional
public class CallChoices {

  @Inject EventAccess access;
  @Inject SubmissionRepository submissions;

  /** The tracks and types of an event the public may see; empty for a draft or unknown one. */
  public Optional<Choices> ofPublicEvent(String eventSlug) {
    return access
        .visible(eventSlug, null)
        .map(
            event ->
                new Choices(
                    submissions.tracksOf(event.id()), submissions.presentationTypesOf(event.id())));
  }

  /** Both lists in the order the organisers gave them. */
  public record Choices(List<Choice> tracks, List<Choice> presentationTypes)
      implements Serializable {}
}
