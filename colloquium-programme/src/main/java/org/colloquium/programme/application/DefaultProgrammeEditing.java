package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.PresentationTypeEntry;
import org.colloquium.events.api.TracksAndTypes;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ContributionChange;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.RoomInput;
import org.colloquium.programme.api.SessionInput;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.UnavailabilityInput;
import org.colloquium.programme.api.UndoableChange;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.programme.domain.Chair;
import org.colloquium.programme.domain.Contribution;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Room;
import org.colloquium.programme.domain.SessionShape;
import org.colloquium.programme.domain.TimetableSession;
import org.colloquium.programme.domain.Unavailability;
import org.colloquium.programme.domain.UndoStep;
import org.colloquium.programme.domain.WarningSeverityChoice;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.api.PresentedSubmission;
import org.colloquium.reviews.api.PresentedSubmissions;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/** The organisers' editor of an event's work-in-progress programme. */
@ApplicationScoped
@Transactional
public class DefaultProgrammeEditing implements ProgrammeEditing {

  /** A talk whose type gives no length (and is not a poster) gets this many minutes to start. */
  static final int DEFAULT_MINUTES = 20;

  /** How many of the last changes the editor offers to undo. */
  static final int SHOWN_UNDO_STEPS = 10;

  private static final Pattern CHAIR = Pattern.compile("^(.+?)\\s*<([^<>\\s]+@[^<>\\s]+)>$");
  private static final Set<String> LANGUAGES = Set.of("en", "ro");

  @Inject EventDirectory events;
  @Inject TracksAndTypes tracksAndTypes;
  @Inject ProgrammeRepository programme;
  @Inject WorkInProgressReader reader;
  @Inject PresentedSubmissions presented;
  @Inject SubmissionDirectory submissions;
  @Inject Clock clock;

  @Override
  public EditorView editor(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    WorkInProgress wip = reader.read(event);
    return wip.editor(programme.undoSteps(event.id(), SHOWN_UNDO_STEPS));
  }

  @Override
  public UndoableChange undo(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    // Steps whose session or contribution was removed since are dropped on the way to one that
    // can still be undone.
    for (UndoStep step : programme.undoSteps(event.id(), UndoStep.KEPT)) {
      programme.remove(step);
      String undone =
          switch (step.kind()) {
            case SESSION_MOVED ->
                programme
                    .session(event.id(), step.targetId())
                    .map(
                        s -> {
                          Long room =
                              step.roomId() != null
                                      && programme.room(event.id(), step.roomId()).isPresent()
                                  ? step.roomId()
                                  : null;
                          s.place(room, step.start(), step.end());
                          return s.title();
                        })
                    .orElse(null);
            case CONTRIBUTION_PLACED ->
                programme
                    .contribution(event.id(), step.targetId())
                    .map(
                        c -> {
                          Long session =
                              step.sessionId() != null
                                      && programme.session(event.id(), step.sessionId()).isPresent()
                                  ? step.sessionId()
                                  : null;
                          place(event.id(), c, session, step.position());
                          return title(c);
                        })
                    .orElse(null);
            case CONTRIBUTION_CHANGED ->
                programme
                    .contribution(event.id(), step.targetId())
                    .map(
                        c -> {
                          c.change(step.minutes(), step.board(), step.pinned());
                          return title(c);
                        })
                    .orElse(null);
          };
      if (undone != null) {
        return new UndoableChange(step.id(), step.kind(), undone, step.madeAt());
      }
    }
    return null;
  }

  @Override
  public void forgetChanges(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    programme.forgetOldUndoSteps(event.id(), 0);
  }

  private String title(Contribution c) {
    return submissions.find(c.submissionId()).map(SubmissionRecord::title).orElse("#" + c.id());
  }

  private void remember(UndoStep step) {
    programme.add(step);
    programme.forgetOldUndoSteps(step.eventId(), UndoStep.KEPT);
  }

  @Override
  public Long addRoom(Long actorId, String slug, RoomInput input) {
    EventRecord event = events.manageable(actorId, slug);
    List<Room> rooms = programme.rooms(event.id());
    checkRoom(input, rooms, null);
    Room room =
        new Room(
            event.id(),
            rooms.stream().mapToInt(Room::position).max().orElse(-1) + 1,
            input.name().strip(),
            input.capacity(),
            input.mode());
    room.change(room.name(), input.capacity(), input.mode(), blankToNull(input.streamUrl()));
    programme.add(room);
    return room.id();
  }

  @Override
  public void changeRoom(Long actorId, String slug, Long roomId, RoomInput input) {
    EventRecord event = events.manageable(actorId, slug);
    Room room = programme.room(event.id(), roomId).orElseThrow(() -> notFound("room"));
    checkRoom(input, programme.rooms(event.id()), roomId);
    room.change(
        input.name().strip(), input.capacity(), input.mode(), blankToNull(input.streamUrl()));
  }

  @Override
  public void removeRoom(Long actorId, String slug, Long roomId) {
    EventRecord event = events.manageable(actorId, slug);
    Room room = programme.room(event.id(), roomId).orElseThrow(() -> notFound("room"));
    for (TimetableSession session : programme.sessions(event.id())) {
      if (session.roomId().filter(roomId::equals).isPresent()) {
        session.place(null, session.start(), session.end());
      }
    }
    programme.remove(room);
  }

  private static void checkRoom(RoomInput input, List<Room> rooms, Long roomId) {
    List<Problem> problems = new ArrayList<>();
    String name = input.name() == null ? "" : input.name().strip();
    if (name.isEmpty()) {
      problems.add(Problem.of("name", "programme.room.name.required"));
    } else if (name.length() > 120) {
      problems.add(Problem.of("name", "programme.room.name.tooLong", 120));
    } else if (rooms.stream()
        .anyMatch(r -> !r.id().equals(roomId) && r.name().equalsIgnoreCase(name))) {
      problems.add(Problem.of("name", "programme.room.name.taken"));
    }
    if (input.capacity() != null && (input.capacity() < 1 || input.capacity() > 100000)) {
      problems.add(Problem.of("capacity", "programme.room.capacity.range", 1, 100000));
    }
    if (input.mode() == null) {
      problems.add(Problem.of("mode", "programme.room.mode.required"));
    }
    String url = blankToNull(input.streamUrl());
    if (url != null && (url.length() > 500 || !url.matches("https?://\\S+"))) {
      problems.add(Problem.of("streamUrl", "programme.room.streamUrl.invalid"));
    }
    ValidationException.throwIfAny(problems);
  }

  @Override
  public Long addSession(Long actorId, String slug, SessionInput input) {
    EventRecord event = events.manageable(actorId, slug);
    TimetableSession session = new TimetableSession(event.id(), shape(event, input));
    programme.add(session);
    return session.id();
  }

  @Override
  public void changeSession(Long actorId, String slug, Long sessionId, SessionInput input) {
    EventRecord event = events.manageable(actorId, slug);
    TimetableSession session =
        programme.session(event.id(), sessionId).orElseThrow(() -> notFound("session"));
    SessionShape shape = shape(event, input);
    if (!shape.kind().holdsContributions()) {
      unscheduleAll(event.id(), sessionId);
    }
    session.change(shape);
  }

  @Override
  public void moveSession(
      Long actorId, String slug, Long sessionId, Long roomId, Instant start, Instant end) {
    EventRecord event = events.manageable(actorId, slug);
    TimetableSession session =
        programme.session(event.id(), sessionId).orElseThrow(() -> notFound("session"));
    if (roomId != null) {
      programme.room(event.id(), roomId).orElseThrow(() -> notFound("room"));
    }
    if (start == null || end == null || !end.isAfter(start)) {
      throw new ValidationException(Problem.of("end", "programme.session.end.beforeStart"));
    }
    if (!start.equals(session.start())
        || !end.equals(session.end())
        || !Objects.equals(roomId, session.roomId().orElse(null))) {
      remember(UndoStep.sessionMoved(session, actorId, clock.instant()));
    }
    session.place(roomId, start, end);
  }

  @Override
  public void removeSession(Long actorId, String slug, Long sessionId) {
    EventRecord event = events.manageable(actorId, slug);
    TimetableSession session =
        programme.session(event.id(), sessionId).orElseThrow(() -> notFound("session"));
    unscheduleAll(event.id(), sessionId);
    programme.remove(session);
  }

  private void unscheduleAll(Long eventId, Long sessionId) {
    for (Contribution c : programme.contributions(eventId)) {
      if (c.sessionId().filter(sessionId::equals).isPresent()) {
        c.placeIn(null, 0);
      }
    }
  }

  private SessionShape shape(EventRecord event, SessionInput input) {
    List<Problem> problems = new ArrayList<>();
    if (input.kind() == null) {
      problems.add(Problem.of("kind", "programme.session.kind.required"));
    }
    String title = strip(input.title());
    if (title == null) {
      problems.add(Problem.of("title", "programme.session.title.required"));
    } else if (title.length() > 300) {
      problems.add(Problem.of("title", "programme.session.title.tooLong", 300));
    }
    String second = strip(input.titleSecond());
    if (second != null && second.length() > 300) {
      problems.add(Problem.of("titleSecond", "programme.session.title.tooLong", 300));
    }
    String description = strip(input.description());
    if (description != null && description.length() > 4000) {
      problems.add(Problem.of("description", "programme.session.description.tooLong", 4000));
    }
    if (input.roomId() != null && programme.room(event.id(), input.roomId()).isEmpty()) {
      problems.add(Problem.of("roomId", "programme.session.room.unknown"));
    }
    if (input.trackId() != null
        && events.tracks(event.id()).stream().map(Choice::id).noneMatch(input.trackId()::equals)) {
      problems.add(Problem.of("trackId", "programme.session.track.unknown"));
    }
    String language = strip(input.language());
    if (language != null && !LANGUAGES.contains(language)) {
      problems.add(Problem.of("language", "programme.session.language.unknown"));
    }
    if (input.audience() != null && (input.audience() < 0 || input.audience() > 100000)) {
      problems.add(Problem.of("audience", "programme.session.audience.range", 0, 100000));
    }
    Instant start = null;
    Instant end = null;
    if (input.day() == null) {
      problems.add(Problem.of("day", "programme.session.day.required"));
    }
    if (input.start() == null) {
      problems.add(Problem.of("start", "programme.session.start.required"));
    }
    if (input.end() == null) {
      problems.add(Problem.of("end", "programme.session.end.required"));
    }
    if (input.day() != null && input.start() != null && input.end() != null) {
      ZoneId zone = event.schedule().zone();
      start = input.day().atTime(input.start()).atZone(zone).toInstant();
      end = input.day().atTime(input.end()).atZone(zone).toInstant();
      if (!end.isAfter(start)) {
        problems.add(Problem.of("end", "programme.session.end.beforeStart"));
      }
    }
    List<Chair> chairs = chairs(input.chairs(), problems);
    ValidationException.throwIfAny(problems);
    return new SessionShape(
        input.kind(),
        title,
        second,
        description,
        input.roomId(),
        start,
        end,
        input.trackId(),
        language,
        input.audience(),
        input.pinned(),
        chairs);
  }

  /** One chair per line: "Name" or "Name <address>". */
  static List<Chair> chairs(String lines, List<Problem> problems) {
    List<Chair> chairs = new ArrayList<>();
    if (lines == null) {
      return chairs;
    }
    for (String line : lines.split("\\R")) {
      String chair = line.strip();
      if (chair.isEmpty()) {
        continue;
      }
      Matcher named = CHAIR.matcher(chair);
      if (named.matches()) {
        chairs.add(new Chair(named.group(1).strip(), named.group(2).toLowerCase(Locale.ROOT)));
      } else if (chair.contains("<") || chair.contains(">") || chair.length() > 200) {
        problems.add(Problem.of("chairs", "programme.session.chairs.invalid", chair));
      } else {
        chairs.add(new Chair(chair, null));
      }
    }
    if (chairs.size() > 10) {
      problems.add(Problem.of("chairs", "programme.session.chairs.tooMany", 10));
    }
    return chairs;
  }

  @Override
  public int addPresentedContributions(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    Set<Long> made = new HashSet<>();
    programme.contributions(event.id()).forEach(c -> made.add(c.submissionId()));
    List<PresentedSubmission> toMake =
        presented.inEvent(event.id()).stream()
            .filter(p -> !made.contains(p.submissionId()))
            .toList();
    if (toMake.isEmpty()) {
      return 0;
    }
    List<PresentationTypeEntry> types = tracksAndTypes.overview(actorId, slug).types();
    List<SubmissionRecord> records =
        submissions.byIds(toMake.stream().map(PresentedSubmission::submissionId).toList()).stream()
            .sorted(Comparator.comparingInt(SubmissionRecord::number))
            .toList();
    int count = 0;
    for (SubmissionRecord record : records) {
      PresentedSubmission decided =
          toMake.stream()
              .filter(p -> p.submissionId().equals(record.id()))
              .findFirst()
              .orElseThrow();
      Long typeId = decided.typeId() != null ? decided.typeId() : record.presentationTypeId();
      // A type without a length has a null duration, which a stream cannot carry: look it up.
      Integer minutes =
          types.stream()
              .filter(t -> t.id().equals(typeId))
              .findFirst()
              .map(PresentationTypeEntry::durationMinutes)
              .orElse(null);
      // A type without a length is shown, not given: a poster.
      boolean poster = decided.outcome() == Outcome.POSTER || (typeId != null && minutes == null);
      programme.add(
          new Contribution(
              event.id(), record.id(), minutes == null ? DEFAULT_MINUTES : minutes, poster));
      count++;
    }
    return count;
  }

  @Override
  public void placeContribution(
      Long actorId, String slug, Long contributionId, Long sessionId, Integer position) {
    EventRecord event = events.manageable(actorId, slug);
    Contribution moving =
        programme
            .contribution(event.id(), contributionId)
            .orElseThrow(() -> notFound("contribution"));
    if (sessionId != null) {
      TimetableSession session =
          programme.session(event.id(), sessionId).orElseThrow(() -> notFound("session"));
      if (!session.kind().holdsContributions()) {
        throw new ValidationException(
            Problem.of("sessionId", "programme.contribution.sessionKind"));
      }
    }
    if (!Objects.equals(sessionId, moving.sessionId().orElse(null))
        || position == null
        || position != moving.position()) {
      remember(UndoStep.contributionPlaced(moving, actorId, clock.instant()));
    }
    place(event.id(), moving, sessionId, position);
  }

  /** Puts a contribution before the one now at {@code position}, numbering its session anew. */
  private void place(Long eventId, Contribution moving, Long sessionId, Integer position) {
    if (sessionId == null) {
      moving.placeIn(null, 0);
      return;
    }
    Long contributionId = moving.id();
    List<Contribution> others =
        new ArrayList<>(
            programme.contributions(eventId).stream()
                .filter(c -> c.sessionId().filter(sessionId::equals).isPresent())
                .filter(c -> !c.id().equals(contributionId))
                .sorted(
                    Comparator.comparingInt(Contribution::position).thenComparing(Contribution::id))
                .toList());
    int at = position == null ? others.size() : Math.max(0, Math.min(position, others.size()));
    others.add(at, moving);
    for (int i = 0; i < others.size(); i++) {
      others.get(i).placeIn(sessionId, i);
    }
  }

  @Override
  public void changeContribution(
      Long actorId, String slug, Long contributionId, ContributionChange change) {
    EventRecord event = events.manageable(actorId, slug);
    Contribution c =
        programme
            .contribution(event.id(), contributionId)
            .orElseThrow(() -> notFound("contribution"));
    List<Problem> problems = new ArrayList<>();
    if (change.minutes() == null || change.minutes() < 1 || change.minutes() > 600) {
      problems.add(Problem.of("minutes", "programme.contribution.minutes.range", 1, 600));
    }
    String board = strip(change.board());
    if (board != null && board.length() > 20) {
      problems.add(Problem.of("board", "programme.contribution.board.tooLong", 20));
    }
    ValidationException.throwIfAny(problems);
    if (c.durationMinutes() != change.minutes()
        || !Objects.equals(board, c.board().orElse(null))
        || c.pinned() != change.pinned()) {
      remember(UndoStep.contributionChanged(c, actorId, clock.instant()));
    }
    c.change(change.minutes(), board, change.pinned());
  }

  @Override
  public Long addUnavailability(Long actorId, String slug, UnavailabilityInput input) {
    EventRecord event = events.manageable(actorId, slug);
    List<Problem> problems = new ArrayList<>();
    String email = strip(input.speakerEmail());
    if ((email == null) == (input.roomId() == null)) {
      problems.add(Problem.of("speakerEmail", "programme.unavailability.subject"));
    }
    if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
      problems.add(Problem.of("speakerEmail", "programme.unavailability.email"));
    }
    if (input.roomId() != null && programme.room(event.id(), input.roomId()).isEmpty()) {
      problems.add(Problem.of("roomId", "programme.session.room.unknown"));
    }
    AbsenceTimes.Interval when = AbsenceTimes.of(input, event.schedule().zone(), problems);
    ValidationException.throwIfAny(problems);
    String note = strip(input.note());
    Unavailability absence =
        email != null
            ? Unavailability.ofSpeaker(
                event.id(), email.toLowerCase(Locale.ROOT), when.start(), when.end(), note, actorId)
            : Unavailability.ofRoom(
                event.id(), input.roomId(), when.start(), when.end(), note, actorId);
    programme.add(absence);
    return absence.id();
  }

  @Override
  public void removeUnavailability(Long actorId, String slug, Long unavailabilityId) {
    EventRecord event = events.manageable(actorId, slug);
    programme.remove(
        programme
            .unavailability(event.id(), unavailabilityId)
            .orElseThrow(() -> notFound("unavailability")));
  }

  @Override
  public void chooseSeverity(Long actorId, String slug, WarningKind kind, Severity severity) {
    EventRecord event = events.manageable(actorId, slug);
    if (kind == null || severity == null) {
      throw new ValidationException(Problem.of("severity", "programme.severity.required"));
    }
    programme.severities(event.id()).stream()
        .filter(choice -> choice.kind() == kind)
        .findFirst()
        .ifPresentOrElse(
            choice -> choice.choose(severity),
            () -> programme.add(new WarningSeverityChoice(event.id(), kind, severity)));
  }

  private static NotFoundException notFound(String what) {
    return new NotFoundException("no such " + what + " in this event");
  }

  private static String strip(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String blankToNull(String text) {
    return strip(text);
  }
}
