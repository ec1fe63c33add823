package org.colloquium.programme.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.domain.Contribution;
import org.colloquium.programme.domain.Room;
import org.colloquium.programme.domain.TimetableSession;
import org.colloquium.programme.domain.Unavailability;
import org.colloquium.programme.domain.draft.ContributionKind;
import org.colloquium.programme.domain.draft.DraftBlock;
import org.colloquium.programme.domain.draft.DraftContribution;
import org.colloquium.programme.domain.draft.DraftDay;
import org.colloquium.programme.domain.draft.DraftInterval;
import org.colloquium.programme.domain.draft.DraftPlacement;
import org.colloquium.programme.domain.draft.DraftProblem;
import org.colloquium.programme.domain.draft.DraftRoom;
import org.colloquium.programme.domain.draft.SpeakerPreference;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;

/**
 * Turns a work in progress into the solver's problem, and knows the way back. The organisers'
 * sessions of contributions are the places: their time windows are the blocks, and a room is
 * offered in a block only where it has such a session. Posters keep their boards, and what is
 * pinned stays where it is.
 */
final class DraftProblems {

  final DraftProblem problem;

  /** The session behind each block and room, "blockId|roomId". */
  final Map<String, Long> sessions = new HashMap<>();

  private DraftProblems(WorkInProgress wip) {
    Map<String, TimetableSession> places = new LinkedHashMap<>();
    TreeMap<LocalDate, Map<String, DraftBlock>> days = new TreeMap<>();
    for (TimetableSession s : wip.sessions) {
      if (s.kind() != SessionKind.SESSION || s.roomId().isEmpty()) {
        continue;
      }
      String block = s.start() + "/" + s.end();
      days.computeIfAbsent(
              s.start().atZone(wip.event.schedule().zone()).toLocalDate(),
              d -> new LinkedHashMap<>())
          .putIfAbsent(block, new DraftBlock(block, s.start(), s.end()));
      places.putIfAbsent(block + "|" + s.roomId().get(), s);
    }
    places.forEach((key, session) -> sessions.put(key, session.id()));

    List<DraftBlock> allBlocks = new ArrayList<>();
    List<DraftDay> draftDays = new ArrayList<>();
    days.forEach(
        (date, blocks) -> {
          List<DraftBlock> inOrder =
              blocks.values().stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
          allBlocks.addAll(inOrder);
          draftDays.add(new DraftDay(date, inOrder));
        });

    List<DraftRoom> rooms = new ArrayList<>();
    for (Room room : wip.rooms) {
      List<DraftInterval> closed = new ArrayList<>();
      for (DraftBlock block : allBlocks) {
        if (!places.containsKey(block.id() + "|" + room.id())) {
          closed.add(new DraftInterval(block.start(), block.end()));
        }
      }
      for (Unavailability u : wip.unavailabilities) {
        if (u.roomId().filter(room.id()::equals).isPresent()) {
          closed.add(new DraftInterval(u.start(), u.end()));
        }
      }
      rooms.add(new DraftRoom(room.id(), room.name(), room.capacity().orElse(null), closed));
    }

    Map<Long, String> blockOfSession = new HashMap<>();
    places.forEach((key, session) -> blockOfSession.put(session.id(), key));
    List<DraftContribution> contributions = new ArrayList<>();
    for (Contribution c : wip.contributions) {
      if (c.poster()) {
        continue;
      }
      DraftPlacement pin = null;
      if (c.pinned()) {
        String place = c.sessionId().map(blockOfSession::get).orElse(null);
        if (place == null) {
          // Pinned outside every session of contributions (or nowhere): the draft leaves it be.
          continue;
        }
        int bar = place.lastIndexOf('|');
        pin = new DraftPlacement(place.substring(0, bar), Long.parseLong(place.substring(bar + 1)));
      }
      List<String> speakers = new ArrayList<>();
      for (AuthorRecord author : speakersOf(wip, c)) {
        if (author.email() != null) {
          speakers.add(author.email().strip().toLowerCase(Locale.ROOT));
        }
      }
      contributions.add(
          new DraftContribution(
              c.id(),
              c.durationMinutes(),
              wip.trackOf(c),
              wip.submissions.get(c.submissionId()).language(),
              speakers,
              // Stars from the published programme: the least audience the talk can expect.
              wip.stars.getOrDefault(c.id(), 0),
              ContributionKind.TALK,
              pin));
    }

    Map<String, List<DraftInterval>> absent = new HashMap<>();
    for (Unavailability u : wip.unavailabilities) {
      u.speakerEmail()
          .ifPresent(
              email ->
                  absent
                      .computeIfAbsent(email.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                      .add(new DraftInterval(u.start(), u.end())));
    }
    Map<String, SpeakerPreference> preferences = new HashMap<>();
    wip.preferredDaysBySpeaker()
        .forEach(
            (speaker, wished) -> preferences.put(speaker, new SpeakerPreference(wished, Set.of())));
    this.problem = new DraftProblem(draftDays, rooms, contributions, absent, preferences);
  }

  private static List<AuthorRecord> speakersOf(WorkInProgress wip, Contribution c) {
    List<AuthorRecord> authors = wip.submissions.get(c.submissionId()).authors();
    List<AuthorRecord> presenting = authors.stream().filter(AuthorRecord::presenting).toList();
    return presenting.isEmpty() ? authors : presenting;
  }

  static DraftProblems of(WorkInProgress wip) {
    return new DraftProblems(wip);
  }

  /** The session of a placement; null when none (it cannot happen for the solver's answers). */
  Long session(DraftPlacement placement) {
    return sessions.get(placement.blockId() + "|" + placement.roomId());
  }
}
