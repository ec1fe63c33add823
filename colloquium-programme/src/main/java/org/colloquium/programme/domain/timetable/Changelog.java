package org.colloquium.programme.domain.timetable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;

/**
 * What changed from one release to the next, as the lines an organiser starts the changelog from:
 * contributions and sessions added, removed, moved (another time or room) and renamed. Items are
 * matched by their ids, which stay the same from release to release, so a talk moved to another day
 * is one "moved" line and not a removal and an addition.
 */
public final class Changelog {

  private final ZoneId zone;
  private final Language language;
  private final DateTimeFormatter when;

  private Changelog(ZoneId zone, Language language) {
    this.zone = zone;
    this.language = language;
    this.when =
        DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.forLanguageTag(language.code()));
  }

  /** The changes, one line each; empty when nothing public changed. */
  public static List<String> between(
      PublishedProgramme previous, PublishedProgramme next, Language language) {
    return new Changelog(next.event().zone(), language).lines(previous, next);
  }

  /** The changes that concern one contribution's time or room, for its speakers' mail. */
  public static boolean moved(ProgrammeContribution before, ProgrammeContribution after) {
    return !Objects.equals(before.start(), after.start())
        || !Objects.equals(before.end(), after.end())
        || !Objects.equals(before.sessionId(), after.sessionId());
  }

  private List<String> lines(PublishedProgramme previous, PublishedProgramme next) {
    List<String> lines = new ArrayList<>();
    Map<Long, ProgrammeSession> oldSessions = byId(previous.sessions());
    Map<Long, ProgrammeSession> newSessions = byId(next.sessions());
    Map<Long, Placed> oldItems = placed(previous);
    Map<Long, Placed> newItems = placed(next);
    for (ProgrammeSession session : next.sessions()) {
      ProgrammeSession old = oldSessions.get(session.id());
      String where = where(next, session.roomId(), session.start());
      if (old == null) {
        lines.add(text("Added", "Adăugat") + ": " + quoted(session.title()) + ", " + where);
        continue;
      }
      if (!old.title().equals(session.title())) {
        lines.add(
            text("Renamed", "Redenumit")
                + ": "
                + quoted(old.title())
                + " → "
                + quoted(session.title()));
      }
      if (!old.start().equals(session.start())
          || !old.end().equals(session.end())
          || !Objects.equals(old.roomId(), session.roomId())) {
        lines.add(
            text("Moved", "Mutat")
                + ": "
                + quoted(session.title())
                + ", "
                + where(previous, old.roomId(), old.start())
                + " → "
                + where);
      }
    }
    for (ProgrammeSession old : previous.sessions()) {
      if (!newSessions.containsKey(old.id())) {
        lines.add(text("Removed", "Eliminat") + ": " + quoted(old.title()));
      }
    }
    for (Placed item : newItems.values()) {
      Placed old = oldItems.get(item.contribution().id());
      String where = where(next, item.session().roomId(), item.contribution().start());
      if (old == null) {
        lines.add(
            text("Added", "Adăugat") + ": " + quoted(item.contribution().title()) + ", " + where);
        continue;
      }
      if (!old.contribution().title().equals(item.contribution().title())) {
        lines.add(
            text("Renamed", "Redenumit")
                + ": "
                + quoted(old.contribution().title())
                + " → "
                + quoted(item.contribution().title()));
      }
      boolean sessionMovedWhole =
          oldSessions.containsKey(item.session().id())
              && old.session().id().equals(item.session().id())
              && !sameTime(old.session(), item.session());
      if ((moved(old.contribution(), item.contribution())
              || !Objects.equals(old.session().roomId(), item.session().roomId()))
          && !sessionMovedWhole) {
        lines.add(
            text("Moved", "Mutat")
                + ": "
                + quoted(item.contribution().title())
                + ", "
                + where(previous, old.session().roomId(), old.contribution().start())
                + " → "
                + where);
      }
    }
    for (Placed old : oldItems.values()) {
      if (!newItems.containsKey(old.contribution().id())) {
        lines.add(text("Removed", "Eliminat") + ": " + quoted(old.contribution().title()));
      }
    }
    return lines;
  }

  /** A contribution with the session it is in. */
  private record Placed(ProgrammeContribution contribution, ProgrammeSession session) {}

  private static Map<Long, Placed> placed(PublishedProgramme programme) {
    Map<Long, Placed> placed = new LinkedHashMap<>();
    for (ProgrammeSession session : programme.sessions()) {
      for (ProgrammeContribution c : session.contributions()) {
        placed.put(c.id(), new Placed(c, session));
      }
    }
    return placed;
  }

  private static Map<Long, ProgrammeSession> byId(List<ProgrammeSession> sessions) {
    Map<Long, ProgrammeSession> map = new LinkedHashMap<>();
    sessions.forEach(s -> map.put(s.id(), s));
    return map;
  }

  private static boolean sameTime(ProgrammeSession a, ProgrammeSession b) {
    return a.start().equals(b.start())
        && a.end().equals(b.end())
        && Objects.equals(a.roomId(), b.roomId());
  }

  private String where(PublishedProgramme programme, Long roomId, Instant start) {
    String time = when.format(start.atZone(zone));
    return programme.room(roomId).map(r -> time + ", " + r.name()).orElse(time);
  }

  private String text(String english, String romanian) {
    return language == Language.RO ? romanian : english;
  }

  private String quoted(String title) {
    return language == Language.RO ? "„" + title + "”" : "“" + title + "”";
  }
}
