package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.programme.domain.Contribution;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.WarningSeverityChoice;
import org.colloquium.reviews.api.PresentedSubmissions;
import org.colloquium.submissions.api.SubmissionDirectory;

/**
 * Reads an event's work in progress whole: a fixed number of queries whatever its size (rooms,
 * sessions with chairs, contributions, unavailabilities, severities, the newest release, the
 * submissions with their authors, the decisions, tracks and types, the authors' publication choices
 * and preferred days, the visitors' stars). Joins the caller's transaction.
 */
@ApplicationScoped
class WorkInProgressReader {

  @Inject ProgrammeRepository programme;
  @Inject SubmissionDirectory submissions;
  @Inject PresentedSubmissions presented;
  @Inject EventDirectory events;

  WorkInProgress read(EventRecord event) {
    Long eventId = event.id();
    var contributions = programme.contributions(eventId);
    Map<WarningKind, Severity> severities = new EnumMap<>(WarningKind.class);
    for (WarningSeverityChoice choice : programme.severities(eventId)) {
      severities.put(choice.kind(), choice.severity());
    }
    return new WorkInProgress(
        event,
        programme.rooms(eventId),
        programme.sessions(eventId),
        contributions,
        programme.unavailabilities(eventId),
        severities,
        events.tracks(eventId),
        events.presentationTypes(eventId),
        submissions.byIds(contributions.stream().map(Contribution::submissionId).toList()),
        presented.inEvent(eventId),
        programme.publicationChoices(eventId),
        programme.preferredDaysOfEvent(eventId),
        programme.starCounts(eventId),
        programme.newestNumber(eventId).orElse(null));
  }
}
