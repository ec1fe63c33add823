package org.colloquium.programme.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventRecord;
import org.colloquium.programme.api.ContributionView;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.ProgrammeWarning;
import org.colloquium.programme.api.PublicationView;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomView;
import org.colloquium.programme.api.SessionView;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.UnavailabilityView;
import org.colloquium.programme.api.UndoKind;
import org.colloquium.programme.api.UndoableChange;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.programme.domain.Chair;
import org.colloquium.programme.domain.Contribution;
import org.colloquium.programme.domain.PreferredDays;
import org.colloquium.programme.domain.PublicationChoice;
import org.colloquium.programme.domain.Room;
import org.colloquium.programme.domain.TimetableSession;
import org.colloquium.programme.domain.Unavailability;
import org.colloquium.programme.domain.UndoStep;
import org.colloquium.programme.domain.timetable.Publication;
import org.colloquium.programme.domain.timetable.Sequencing;
import org.colloquium.programme.domain.timetable.Timetable;
import org.colloquium.programme.domain.timetable.Warnings;
import org.colloquium.reviews.api.PresentedSubmission;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;

/**
 * An event's work-in-progress programme read whole, with what its submissions say now: the one
 * place that times contributions, computes warnings and freezes a release, so that the editor and
 * the release can never disagree about where something is.
 */
final class WorkInProgress {

  final EventRecord event;
  final List<Room> rooms;
  final List<TimetableSession> sessions;
  final List<Contribution> contributions;
  final List<Unavailability> unavailabilities;
  final Map<WarningKind, Severity> severities;
  final List<Choice> tracks;
  final Map<Long, String> types;
  final Map<Long, SubmissionRecord> submissions;
  final Map<Long, PresentedSubmission> presented;
  final Integer publishedVersion;
  final Map<Long, PublicationView.Choice> publication;
  final List<PreferredDays> preferredDays;

  /** Signed-in visitors' stars per contribution: the least audience a talk can expect. */
  final Map<Long, Integer> stars;

  private final Map<Long, Room> roomsById = new HashMap<>();
  private final Map<Long, Sequencing.Interval> times = new HashMap<>();
  private final Map<Long, Long> overruns = new HashMap<>();
  private final List<ProgrammeWarning> warnings;

  WorkInProgress(
      EventRecord event,
      List<Room> rooms,
      List<TimetableSession> sessions,
      List<Contribution> contributions,
      List<Unavailability> unavailabilities,
      Map<WarningKind, Severity> severities,
      List<Choice> tracks,
      List<Choice> types,
      List<SubmissionRecord> submissions,
      List<PresentedSubmission> presented,
      List<PublicationChoice> publication,
      List<PreferredDays> preferredDays,
      Map<Long, Integer> stars,
      Integer publishedVersion) {
    this.event = event;
    this.rooms = rooms;
    rooms.forEach(r -> roomsById.put(r.id(), r));
    this.sessions = new ArrayList<>(sessions);
    this.sessions.sort(
        Comparator.comparing(TimetableSession::start)
            .thenComparing(s -> s.roomId().map(this::roomPosition).orElse(-1))
            .thenComparing(TimetableSession::id));
    this.unavailabilities = unavailabilities;
    this.severities = severities;
    this.tracks = tracks;
    this.types = types.stream().collect(Collectors.toMap(Choice::id, Choice::name));
    this.submissions = submissions.stream().collect(Collectors.toMap(SubmissionRecord::id, s -> s));
    this.presented =
        presented.stream().collect(Collectors.toMap(PresentedSubmission::submissionId, p -> p));
    // A submission withdrawn after it became a contribution has no record: it is left out.
    this.contributions =
        contributions.stream().filter(c -> this.submissions.containsKey(c.submissionId())).toList();
    this.publishedVersion = publishedVersion;
    this.preferredDays = preferredDays;
    this.stars = stars;
    this.publication =
        publication.stream()
            .collect(
                Collectors.toMap(
                    PublicationChoice::submissionId,
                    p ->
                        new PublicationView.Choice(
                            p.abstractPublished(), p.affiliationsPublished())));
    time();
    this.warnings = Warnings.of(timetable(), severities);
  }

  private int roomPosition(Long roomId) {
    Room room = roomsById.get(roomId);
    return room == null ? Integer.MAX_VALUE : room.position();
  }

  /** The contributions of a session in their order. */
  List<Contribution> in(TimetableSession session) {
    return contributions.stream()
        .filter(c -> c.sessionId().filter(session.id()::equals).isPresent())
        .sorted(Comparator.comparingInt(Contribution::position).thenComparing(Contribution::id))
        .toList();
  }

  private void time() {
    Map<Long, List<Contribution>> bySession = new HashMap<>();
    for (Contribution c : contributions) {
      c.sessionId().ifPresent(id -> bySession.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
    }
    for (TimetableSession session : sessions) {
      List<Contribution> inOrder = bySession.getOrDefault(session.id(), new ArrayList<>());
      inOrder.sort(Comparator.comparingInt(Contribution::position).thenComparing(Contribution::id));
      List<Sequencing.Entry> entries =
          inOrder.stream().map(c -> new Sequencing.Entry(c.durationMinutes(), c.poster())).toList();
      List<Sequencing.Interval> intervals =
          Sequencing.times(session.start(), session.end(), entries);
      for (int i = 0; i < inOrder.size(); i++) {
        times.put(inOrder.get(i).id(), intervals.get(i));
      }
      overruns.put(
          session.id(), Sequencing.overrunMinutes(session.start(), session.end(), entries));
    }
  }

  /** The track a contribution is presented in: the decision's, else the submission's. */
  Long trackOf(Contribution c) {
    PresentedSubmission decided = presented.get(c.submissionId());
    if (decided != null && decided.trackId() != null) {
      return decided.trackId();
    }
    return submissions.get(c.submissionId()).trackId();
  }

  Long typeOf(Long submissionId) {
    PresentedSubmission decided = presented.get(submissionId);
    if (decided != null && decided.typeId() != null) {
      return decided.typeId();
    }
    SubmissionRecord record = submissions.get(submissionId);
    return record == null ? null : record.presentationTypeId();
  }

  String trackName(Long trackId) {
    return tracks.stream()
        .filter(t -> t.id().equals(trackId))
        .map(Choice::name)
        .findFirst()
        .orElse(null);
  }

  private static List<AuthorRecord> speakers(SubmissionRecord record) {
    List<AuthorRecord> presenting =
        record.authors().stream().filter(AuthorRecord::presenting).toList();
    return presenting.isEmpty() ? record.authors() : presenting;
  }

  private static String key(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  Timetable timetable() {
    Map<String, String> people = new HashMap<>();
    List<Timetable.Item> items = new ArrayList<>();
    for (Contribution c : contributions) {
      SubmissionRecord record = submissions.get(c.submissionId());
      Set<String> speakerKeys = new LinkedHashSet<>();
      for (AuthorRecord author : speakers(record)) {
        if (author.email() != null) {
          speakerKeys.add(key(author.email()));
          people.put(key(author.email()), author.fullName());
        }
      }
      Sequencing.Interval when = times.get(c.id());
      Long track = trackOf(c);
      items.add(
          new Timetable.Item(
              c.id(),
              record.title(),
              c.sessionId().orElse(null),
              when == null ? null : when.start(),
              when == null ? null : when.end(),
              c.durationMinutes(),
              c.poster(),
              track,
              trackName(track),
              speakerKeys));
    }
    List<Timetable.Block> blocks = new ArrayList<>();
    for (TimetableSession s : sessions) {
      Set<String> chairs = new LinkedHashSet<>();
      for (Chair chair : s.chairs()) {
        if (chair.email() != null) {
          chairs.add(key(chair.email()));
          people.putIfAbsent(key(chair.email()), chair.fullName());
        }
      }
      blocks.add(
          new Timetable.Block(
              s.id(),
              s.kind(),
              s.title(),
              s.roomId().orElse(null),
              s.start(),
              s.end(),
              s.trackId().orElse(null),
              s.audience().orElseGet(() -> starredAudience(s)),
              chairs));
    }
    List<Timetable.Absence> absences =
        unavailabilities.stream()
            .map(
                u ->
                    new Timetable.Absence(
                        u.speakerEmail().map(WorkInProgress::key).orElse(null),
                        u.roomId().orElse(null),
                        u.start(),
                        u.end()))
            .toList();
    return new Timetable(
        event.schedule().zone(),
        event.schedule().localStart().toLocalDate(),
        event.schedule().localEnd().toLocalDate(),
        rooms.stream()
            .map(r -> new Timetable.Room(r.id(), r.name(), r.capacity().orElse(null)))
            .toList(),
        blocks,
        items,
        absences,
        people);
  }

  List<ProgrammeWarning> warnings() {
    return warnings;
  }

  List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    LocalDate day = event.schedule().localStart().toLocalDate();
    LocalDate last = event.schedule().localEnd().toLocalDate();
    while (!day.isAfter(last)) {
      days.add(day);
      day = day.plusDays(1);
    }
    return days;
  }

  /**
   * A session's audience when the organisers typed none: the most stars any of its contributions
   * has (people come for a talk), or null before anyone starred one.
   */
  private Integer starredAudience(TimetableSession session) {
    int most = 0;
    for (Contribution c : contributions) {
      if (c.sessionId().filter(session.id()::equals).isPresent()) {
        most = Math.max(most, stars.getOrDefault(c.id(), 0));
      }
    }
    return most == 0 ? null : most;
  }

  private ContributionView view(Contribution c) {
    SubmissionRecord record = submissions.get(c.submissionId());
    Sequencing.Interval when = times.get(c.id());
    Long track = trackOf(c);
    String type = types.get(typeOf(c.submissionId()));
    return new ContributionView(
        c.id(),
        record.number(),
        record.title(),
        speakers(record).stream().map(AuthorRecord::fullName).collect(Collectors.joining(", ")),
        track,
        trackName(track),
        type,
        record.language(),
        c.durationMinutes(),
        c.poster(),
        c.board().orElse(null),
        c.pinned(),
        c.sessionId().orElse(null),
        c.position(),
        when == null ? null : when.start(),
        when == null ? null : when.end(),
        stars.getOrDefault(c.id(), 0));
  }

  static String chairLines(List<Chair> chairs) {
    return chairs.stream()
        .map(c -> c.email() == null ? c.fullName() : c.fullName() + " <" + c.email() + ">")
        .collect(Collectors.joining("\n"));
  }

  EditorView editor(List<UndoStep> steps) {
    Map<String, String> names = speakerNames();
    List<SessionView> sessionViews = new ArrayList<>();
    for (TimetableSession s : sessions) {
      sessionViews.add(
          new SessionView(
              s.id(),
              s.kind(),
              s.title(),
              s.titleSecond().orElse(null),
              s.description().orElse(null),
              s.roomId().orElse(null),
              s.roomId().map(roomsById::get).map(Room::name).orElse(null),
              s.start(),
              s.end(),
              s.trackId().orElse(null),
              s.trackId().map(this::trackName).orElse(null),
              s.language().orElse(null),
              s.audience().orElse(null),
              s.pinned(),
              chairLines(s.chairs()),
              in(s).stream().map(this::view).toList(),
              overruns.getOrDefault(s.id(), 0L)));
    }
    List<ContributionView> unscheduled =
        contributions.stream()
            .filter(c -> c.sessionId().isEmpty())
            .map(this::view)
            .sorted(Comparator.comparingInt(ContributionView::submissionNumber))
            .toList();
    Set<Long> made =
        contributions.stream().map(Contribution::submissionId).collect(Collectors.toSet());
    int notYet = (int) presented.keySet().stream().filter(id -> !made.contains(id)).count();
    Map<WarningKind, Severity> allSeverities = new EnumMap<>(WarningKind.class);
    for (WarningKind kind : WarningKind.values()) {
      allSeverities.put(kind, severities.getOrDefault(kind, kind.byDefault()));
    }
    List<UnavailabilityView> absences =
        unavailabilities.stream()
            .map(
                u ->
                    new UnavailabilityView(
                        u.id(),
                        u.speakerEmail()
                            .map(e -> names.getOrDefault(key(e), e))
                            .orElseGet(
                                () -> u.roomId().map(roomsById::get).map(Room::name).orElse("?")),
                        u.speakerEmail().orElse(null),
                        u.roomId().orElse(null),
                        u.start(),
                        u.end(),
                        u.note().orElse(null),
                        u.submissionId()
                            .map(submissions::get)
                            .map(SubmissionRecord::number)
                            .orElse(null)))
            .toList();
    return new EditorView(
        event.slug().value(),
        event.title(),
        event.schedule().zone(),
        days(),
        rooms.stream()
            .map(
                r ->
                    new RoomView(
                        r.id(),
                        r.name(),
                        r.capacity().orElse(null),
                        r.mode(),
                        r.streamUrl().orElse(null)))
            .toList(),
        sessionViews,
        unscheduled,
        warnings,
        notYet,
        publishedVersion,
        tracks,
        allSeverities,
        absences,
        lastChanges(steps),
        preferredDays.stream()
            .filter(p -> submissions.containsKey(p.submissionId()))
            .map(
                p -> {
                  SubmissionRecord record = submissions.get(p.submissionId());
                  return new EditorView.DayPreference(record.number(), record.title(), p.days());
                })
            .sorted(Comparator.comparingInt(EditorView.DayPreference::submissionNumber))
            .toList());
  }

  /**
   * What each speaker would rather, by lower-case address: the days of all their submissions that
   * say any (a speaker with two talks, one wished on Thursday and one on Friday, is glad of either
   * day). Speakers of submissions that say nothing have no preference.
   */
  Map<String, Set<LocalDate>> preferredDaysBySpeaker() {
    return preferredDaysBySpeaker(preferredDays, submissions);
  }

  static Map<String, Set<LocalDate>> preferredDaysBySpeaker(
      List<PreferredDays> preferredDays, Map<Long, SubmissionRecord> submissions) {
    Map<String, Set<LocalDate>> bySpeaker = new HashMap<>();
    for (PreferredDays preferred : preferredDays) {
      SubmissionRecord record = submissions.get(preferred.submissionId());
      if (record == null) {
        continue;
      }
      for (AuthorRecord speaker : speakers(record)) {
        if (speaker.email() != null && !speaker.email().isBlank()) {
          bySpeaker
              .computeIfAbsent(key(speaker.email()), k -> new java.util.TreeSet<>())
              .addAll(preferred.days());
        }
      }
    }
    return bySpeaker;
  }

  /**
   * The undo steps as the editor lists them, with today's titles; steps of gone items are left out.
   */
  private List<UndoableChange> lastChanges(List<UndoStep> steps) {
    List<UndoableChange> changes = new ArrayList<>();
    for (UndoStep step : steps) {
      String what =
          step.kind() == UndoKind.SESSION_MOVED
              ? sessions.stream()
                  .filter(x -> x.id().equals(step.targetId()))
                  .map(TimetableSession::title)
                  .findFirst()
                  .orElse(null)
              : contributions.stream()
                  .filter(x -> x.id().equals(step.targetId()))
                  .map(x -> submissions.get(x.submissionId()))
                  .filter(java.util.Objects::nonNull)
                  .map(SubmissionRecord::title)
                  .findFirst()
                  .orElse(null);
      if (what != null) {
        changes.add(new UndoableChange(step.id(), step.kind(), what, step.madeAt()));
      }
    }
    return changes;
  }

  /**
   * Who presents each of these contributions, addresses included, as their submissions say now: for
   * the mails to speakers, since a release holds nobody's address. A contribution whose submission
   * has no record is not in the work in progress, and not in the answer.
   */
  Map<Long, List<AuthorRecord>> presenters(Collection<Long> contributionIds) {
    Set<Long> wanted = Set.copyOf(contributionIds);
    Map<Long, List<AuthorRecord>> presenters = new HashMap<>();
    for (Contribution c : contributions) {
      if (wanted.contains(c.id())) {
        presenters.put(c.id(), speakers(submissions.get(c.submissionId())));
      }
    }
    return presenters;
  }

  /** The chairs of these sessions, by session id, as the organisers typed them now. */
  Map<Long, List<Chair>> chairs(Collection<Long> sessionIds) {
    Set<Long> wanted = Set.copyOf(sessionIds);
    Map<Long, List<Chair>> chairs = new HashMap<>();
    for (TimetableSession s : sessions) {
      if (wanted.contains(s.id())) {
        chairs.put(s.id(), List.copyOf(s.chairs()));
      }
    }
    return chairs;
  }

  /** Everyone who presents something, by lower-case address, with their names. */
  Map<String, String> speakerNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Contribution c : contributions) {
      for (AuthorRecord author : speakers(submissions.get(c.submissionId()))) {
        if (author.email() != null) {
          names.putIfAbsent(key(author.email()), author.fullName());
        }
      }
    }
    return names;
  }

  /** The work in progress frozen as a release: what the public will get. */
  PublishedProgramme freeze(
      PublishedProgramme.EventFacts facts, int version, Instant at, String changelog) {
    List<ProgrammeSession> frozen = new ArrayList<>();
    for (TimetableSession s : sessions) {
      if (!s.kind().isPublic()) {
        continue;
      }
      List<ProgrammeContribution> items = new ArrayList<>();
      for (Contribution c : in(s)) {
        SubmissionRecord record = submissions.get(c.submissionId());
        Sequencing.Interval when = times.get(c.id());
        String type = types.get(typeOf(c.submissionId()));
        ProgrammeContribution whole =
            new ProgrammeContribution(
                c.id(),
                s.id(),
                record.number(),
                record.title(),
                record.abstractText(),
                record.keywords(),
                record.language(),
                trackOf(c),
                type,
                c.poster(),
                c.board().orElse(null),
                when.start(),
                when.end(),
                record.authors().stream()
                    .map(
                        a ->
                            new ProgrammeAuthor(
                                a.fullName(),
                                familyName(a.fullName()),
                                a.affiliation(),
                                a.country(),
                                a.presenting()))
                    .toList());
        items.add(
            Publication.shown(
                whole,
                publication.getOrDefault(c.submissionId(), PublicationView.Choice.EVERYTHING)));
      }
      frozen.add(
          new ProgrammeSession(
              s.id(),
              s.kind(),
              s.title(),
              s.titleSecond().orElse(null),
              s.description().orElse(null),
              s.roomId().orElse(null),
              s.start(),
              s.end(),
              s.trackId().orElse(null),
              s.language().orElse(null),
              s.chairs().stream().map(Chair::fullName).toList(),
              items));
    }
    return new PublishedProgramme(
        facts,
        version,
        at,
        changelog,
        rooms.stream()
            .map(r -> new ProgrammeRoom(r.id(), r.name(), r.capacity().orElse(null), r.mode()))
            .toList(),
        tracks.stream().map(t -> new ProgrammeTrack(t.id(), t.name())).toList(),
        frozen);
  }

  /**
   * The part of a name an index sorts by: its last word. Wrong for some names (Spanish double
   * family names, names written family name first), which is why the record carries it apart and an
   * author may one day give it.
   */
  static String familyName(String fullName) {
    String name = fullName.strip();
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
