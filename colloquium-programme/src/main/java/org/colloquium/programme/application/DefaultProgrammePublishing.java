package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.Partners;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ProgrammePublishing;
import org.colloquium.programme.api.ProgrammeWarning;
import org.colloquium.programme.api.PublishPreview;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgramme.EventFacts;
import org.colloquium.programme.api.PublishedProgramme.Partner;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Release;
import org.colloquium.programme.domain.timetable.Changelog;
import org.colloquium.programme.domain.timetable.SpeakerChanges;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Change;
import org.colloquium.programme.domain.timetable.SpeakerChanges.SessionChange;

/** Publishes an event's work in progress as its next release. */
@ApplicationScoped
@Transactional
public class DefaultProgrammePublishing implements ProgrammePublishing {

  static final int CHANGELOG_LIMIT = 20000;

  @Inject EventDirectory events;
  @Inject EventCatalogue catalogue;
  @Inject Partners partners;
  @Inject ProgrammeRepository programme;
  @Inject WorkInProgressReader reader;
  @Inject SpeakerChangeMails speakerMails;
  @Inject Clock clock;

  @Override
  public PublishPreview preview(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    WorkInProgress wip = reader.read(event);
    int next = wip.publishedVersion == null ? 1 : wip.publishedVersion + 1;
    PublishedProgramme draft = wip.freeze(facts(actorId, event), next, clock.instant(), "");
    Optional<PublishedProgramme> previous = previous(event);
    int speakers = 0;
    if (previous.isPresent()) {
      List<Change> moved = SpeakerChanges.between(previous.get(), draft);
      List<SessionChange> sessionsMoved = SpeakerChanges.sessionsBetween(previous.get(), draft);
      speakers =
          moved.isEmpty() && sessionsMoved.isEmpty()
              ? 0
              : SpeakerChangeMails.recipients(
                  wip.presenters(moved.stream().map(Change::contributionId).toList()),
                  wip.chairs(sessionsMoved.stream().map(SessionChange::sessionId).toList()),
                  moved,
                  sessionsMoved);
    }
    return new PublishPreview(
        next,
        previous.map(p -> Changelog.between(p, draft, event.contentLanguage())).orElse(List.of()),
        wip.warnings().stream().filter(ProgrammeWarning::blocks).toList(),
        draft.sessions().size(),
        draft.contributions().size(),
        speakers);
  }

  @Override
  public int publish(Long actorId, String slug, String changelog) {
    return publishAt(actorId, slug, changelog, clock.instant());
  }

  /**
   * Publishes as of a given moment: the demo's programme of a conference held in 2023 was published
   * in 2023, not on the day the demo is loaded.
   */
  public int publishAt(Long actorId, String slug, String changelog, Instant now) {
    EventRecord event = events.manageable(actorId, slug);
    // The same per-event lock as submission numbers: two organisers publishing at once get
    // consecutive versions rather than a failed insert.
    events.lockNumbering(event.id());
    String text = changelog == null ? "" : changelog.strip();
    if (text.length() > CHANGELOG_LIMIT) {
      throw new ValidationException(
          Problem.of("changelog", "programme.publish.changelog.tooLong", CHANGELOG_LIMIT));
    }
    WorkInProgress wip = reader.read(event);
    List<ProgrammeWarning> blocking =
        wip.warnings().stream().filter(ProgrammeWarning::blocks).toList();
    if (!blocking.isEmpty()) {
      throw new ConflictException(
          "programme.publish.blocked", blocking.size() + " blocking warning(s) left");
    }
    int version = wip.publishedVersion == null ? 1 : wip.publishedVersion + 1;
    PublishedProgramme release = wip.freeze(facts(actorId, event), version, now, "");
    // Read once, for the generated changelog and for the speakers' mails; a first release with a
    // typed changelog needs neither.
    Optional<PublishedProgramme> previous =
        text.isEmpty() || version > 1 ? previous(event) : Optional.empty();
    if (text.isEmpty()) {
      PublishedProgramme next = release;
      text =
          previous
              .map(p -> String.join("\n", Changelog.between(p, next, event.contentLanguage())))
              .orElse("");
    }
    release =
        new PublishedProgramme(
            release.event(),
            version,
            now,
            text,
            release.rooms(),
            release.tracks(),
            release.sessions());
    programme.add(
        new Release(event.id(), version, now, actorId, text, ReleaseContent.write(release)));
    // A first release has nothing to compare with: its speakers and chairs learn their slots from
    // it.
    if (previous.isPresent()) {
      List<Change> moved = SpeakerChanges.between(previous.get(), release);
      List<SessionChange> sessionsMoved = SpeakerChanges.sessionsBetween(previous.get(), release);
      if (!moved.isEmpty() || !sessionsMoved.isEmpty()) {
        speakerMails.send(
            wip.presenters(moved.stream().map(Change::contributionId).toList()),
            wip.chairs(sessionsMoved.stream().map(SessionChange::sessionId).toList()),
            previous.get(),
            release,
            moved,
            sessionsMoved);
      }
    }
    return version;
  }

  /** The newest release published so far, which the next one is compared with. */
  private Optional<PublishedProgramme> previous(EventRecord event) {
    return programme
        .newestKey(event.id())
        .flatMap(key -> programme.release((Long) key[0]))
        .map(previous -> ReleaseContent.read(previous.content()));
  }

  /** The partners with their logos' files: logo number 0 is the organiser's, partners from 1. */
  private List<Partner> partners(Long actorId, String slug, EventDetails details) {
    List<Partner> list = new java.util.ArrayList<>();
    for (int i = 0; i < details.partners().size(); i++) {
      list.add(
          new Partner(
              details.partners().get(i).name(),
              partners.logo(slug, actorId, i + 1).map(ServedFile::sha256).orElse(null)));
    }
    return list;
  }

  private EventFacts facts(Long actorId, EventRecord event) {
    EventDetails details = catalogue.details(event.slug().value(), actorId).orElseThrow();
    var summary = details.summary();
    return new EventFacts(
        event.id(),
        summary.slug(),
        summary.title(),
        summary.subtitle(),
        summary.start(),
        summary.end(),
        summary.zone(),
        summary.venueName(),
        details.venueAddress(),
        summary.language(),
        details.organiser() == null ? null : details.organiser().name(),
        partners(actorId, event.slug().value(), details));
  }
}
