package org.colloquium.programme.domain.timetable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
 * What a new release changes for the people presenting and chairing: which contributions of the
 * previous release now run at another time or in another room (their own move, or their session's
 * moved whole), and which left the programme; which sessions moved or left; and, per person, one
 * notice listing theirs. Contributions added in the new release are not here: their speakers learn
 * of them from the programme itself.
 *
 * <p>Addresses are not in a release (the public gets it), so the caller says who presents each
 * contribution; this class only decides who is told what.
 */
public final class SpeakerChanges {

  private SpeakerChanges() {}

  /**
   * One contribution's change.
   *
   * @param after null when the contribution left the programme
   * @param afterSession null when the contribution left the programme
   * @param roomBefore the room's name; null for none
   * @param roomAfter the room's name; null for none or when it left the programme
   */
  public record Change(
      ProgrammeContribution before,
      ProgrammeSession beforeSession,
      String roomBefore,
      ProgrammeContribution after,
      ProgrammeSession afterSession,
      String roomAfter) {

    public boolean removed() {
      return after == null;
    }

    public Long contributionId() {
      return before.id();
    }

    /** The title as the speaker knows it now: the new release's, else the last one published. */
    public String title() {
      return removed() ? before.title() : after.title();
    }
  }

  /**
   * A person who presents a contribution.
   *
   * @param email as the submission gives it; compared without regard to case
   */
  public record Speaker(String name, String email) {
    public Speaker {
      Objects.requireNonNull(email, "email");
    }

    String key() {
      return email.strip().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A session of the previous release that runs at another time or in another room, or left the
   * programme: what its chairs are told.
   *
   * @param after null when the session left the programme
   * @param roomBefore the room's name; null for none
   * @param roomAfter the room's name; null for none or when it left the programme
   */
  public record SessionChange(
      ProgrammeSession before, String roomBefore, ProgrammeSession after, String roomAfter) {

    public boolean removed() {
      return after == null;
    }

    public Long sessionId() {
      return before.id();
    }

    public String title() {
      return removed() ? before.title() : after.title();
    }
  }

  /**
   * One person's mail: every change of theirs in this release, in programme order — the
   * contributions they present, and the sessions they chair.
   */
  public record Notice(Speaker speaker, List<Change> changes, List<SessionChange> chaired) {
    public Notice {
      changes = List.copyOf(changes);
      chaired = List.copyOf(chaired);
    }
  }

  /**
   * The contributions of {@code previous} that moved or left in {@code next}, in the order of the
   * previous programme. Moved means another start, end or room; a contribution moved into another
   * session at the same time in the same room has nothing for its speaker to do.
   */
  public static List<Change> between(PublishedProgramme previous, PublishedProgramme next) {
    Map<Long, Placed> now = placed(next);
    List<Change> changes = new ArrayList<>();
    for (Placed was : placed(previous).values()) {
      Placed is = now.get(was.contribution().id());
      String roomBefore = previous.roomName(was.session().roomId());
      if (is == null) {
        changes.add(new Change(was.contribution(), was.session(), roomBefore, null, null, null));
        continue;
      }
      String roomAfter = next.roomName(is.session().roomId());
      boolean moved =
          !Objects.equals(was.contribution().start(), is.contribution().start())
              || !Objects.equals(was.contribution().end(), is.contribution().end())
              || !Objects.equals(was.session().roomId(), is.session().roomId());
      if (moved) {
        changes.add(
            new Change(
                was.contribution(),
                was.session(),
                roomBefore,
                is.contribution(),
                is.session(),
                roomAfter));
      }
    }
    return changes;
  }

  /**
   * The sessions of {@code previous} that moved (another start, end or room) or left in {@code
   * next}, in the order of the previous programme. Only public sessions are in a release.
   */
  public static List<SessionChange> sessionsBetween(
      PublishedProgramme previous, PublishedProgramme next) {
    Map<Long, ProgrammeSession> now = new LinkedHashMap<>();
    next.sessions().forEach(s -> now.put(s.id(), s));
    List<SessionChange> changes = new ArrayList<>();
    for (ProgrammeSession was : previous.sessions()) {
      ProgrammeSession is = now.get(was.id());
      String roomBefore = previous.roomName(was.roomId());
      if (is == null) {
        changes.add(new SessionChange(was, roomBefore, null, null));
      } else if (!was.start().equals(is.start())
          || !was.end().equals(is.end())
          || !Objects.equals(was.roomId(), is.roomId())) {
        changes.add(new SessionChange(was, roomBefore, is, next.roomName(is.roomId())));
      }
    }
    return changes;
  }

  /**
   * One notice per person (by address, whatever its case), listing the contributions they present
   * and the sessions they chair that moved: a chair who also speaks gets one mail, not two.
   *
   * @param speakers who presents each contribution, by contribution id
   * @param chairs who chairs each session, by session id
   */
  public static List<Notice> notices(
      List<Change> changes,
      Map<Long, List<Speaker>> speakers,
      List<SessionChange> sessionChanges,
      Map<Long, List<Speaker>> chairs) {
    Map<String, Speaker> people = new LinkedHashMap<>();
    Map<String, List<Change>> theirs = new LinkedHashMap<>();
    Map<String, List<SessionChange>> chaired = new LinkedHashMap<>();
    for (Change change : changes) {
      for (Speaker speaker : speakers.getOrDefault(change.contributionId(), List.of())) {
        String key = speaker.key();
        people.putIfAbsent(key, speaker);
        List<Change> list = theirs.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(change)) {
          list.add(change);
        }
      }
    }
    for (SessionChange change : sessionChanges) {
      for (Speaker chair : chairs.getOrDefault(change.sessionId(), List.of())) {
        String key = chair.key();
        people.putIfAbsent(key, chair);
        List<SessionChange> list = chaired.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(change)) {
          list.add(change);
        }
      }
    }
    List<Notice> notices = new ArrayList<>();
    people.forEach(
        (key, person) ->
            notices.add(
                new Notice(
                    person,
                    theirs.getOrDefault(key, List.of()),
                    chaired.getOrDefault(key, List.of()))));
    return notices;
  }

  /**
   * The changes as a mail lists them: the title, then where and when it was and is, in the event's
   * zone and the reader's language; the sessions the reader chairs after their own contributions.
   */
  public static String text(
      List<Change> changes, List<SessionChange> chaired, ZoneId zone, Language language) {
    boolean ro = language == Language.RO;
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(
            ro ? "EEEE, d MMMM yyyy" : "EEEE d MMMM yyyy", language.locale());
    String before = ro ? "înainte:" : "was:";
    String now = ro ? "acum:" : "now:";
    int width = Math.max(before.length(), now.length()) + 1;
    StringBuilder out = new StringBuilder();
    for (Change change : changes) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(ro ? "„" + change.title() + "”" : "“" + change.title() + "”").append('\n');
      out.append("  ")
          .append(pad(before, width))
          .append(slot(change.before(), change.roomBefore(), zone, day))
          .append('\n');
      out.append("  ").append(pad(now, width));
      if (change.removed()) {
        out.append(ro ? "scoasă din program" : "taken out of the programme");
      } else {
        out.append(slot(change.after(), change.roomAfter(), zone, day));
      }
      out.append('\n');
    }
    for (SessionChange change : chaired) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(ro ? "„" + change.title() + "”" : "“" + change.title() + "”")
          .append(ro ? " (sesiune pe care o moderați)" : " (a session you chair)")
          .append('\n');
      out.append("  ")
          .append(pad(before, width))
          .append(
              slot(change.before().start(), change.before().end(), change.roomBefore(), zone, day))
          .append('\n');
      out.append("  ").append(pad(now, width));
      if (change.removed()) {
        out.append(ro ? "scoasă din program" : "taken out of the programme");
      } else {
        out.append(
            slot(change.after().start(), change.after().end(), change.roomAfter(), zone, day));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String slot(
      ProgrammeContribution contribution, String room, ZoneId zone, DateTimeFormatter day) {
    return slot(contribution.start(), contribution.end(), room, zone, day);
  }

  private static String slot(
      Instant from, Instant to, String room, ZoneId zone, DateTimeFormatter day) {
    ZonedDateTime start = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
    String text =
        day.format(start)
            + ", "
            + hours.format(start)
            + "–"
            + (end.toLocalDate().equals(start.toLocalDate())
                ? hours.format(end)
                : day.format(end) + ", " + hours.format(end));
    return room == null ? text : text + ", " + room;
  }

  private static String pad(String label, int width) {
    return label + " ".repeat(width - label.length());
  }

  /** A contribution with the session it is in. */
  private record Placed(ProgrammeContribution contribution, ProgrammeSession session) {}

  private static Map<Long, Placed> placed(PublishedProgramme programme) {
    Map<Long, Placed> placed = new LinkedHashMap<>();
    List<Placed> all = new ArrayList<>();
    for (ProgrammeSession session : programme.sessions()) {
      for (ProgrammeContribution c : session.contributions()) {
        all.add(new Placed(c, session));
      }
    }
    // Stable: at the same time, in the order of the sessions (by room).
    all.sort(Comparator.comparing((Placed p) -> p.contribution().start()));
    all.forEach(p -> placed.put(p.contribution().id(), p));
    return placed;
  }
}
