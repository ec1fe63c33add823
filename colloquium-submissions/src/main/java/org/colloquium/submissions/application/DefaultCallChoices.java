package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.submissions.api.CallChoices;
import org.colloquium.submissions.api.CallChoices.Choices;
import org.colloquium.submissions.domain.SubmissionRepository;

/** The module's implementation of {@link CallChoices}. */
@ApplicationScoped
@Transactional
public class DefaultCallChoices implements CallChoices {

  @Inject EventDirectory access;
  @Inject SubmissionRepository submissions;

  @Override
  public Optional<Choices> ofPublicEvent(String eventSlug) {
    return access
        .visible(eventSlug, null)
        .map(event -> new Choices(access.tracks(event.id()), access.presentationTypes(event.id())));
  }
}
