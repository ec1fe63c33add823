package org.colloquium.programme.domain.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.SessionKind;

/**
 * One entry of a feed: a contribution given in its own slot, or a whole block of the timetable.
 *
 * <p>Which one a feed lists is decided here once, so the calendar and the frab schedule agree: a
 * session with contributions is listed through its contributions (a visitor wants the talks, and
 * the session around them would only double every talk in a calendar); a session without any, a
 * keynote, a plenary and a break are listed as themselves; a poster session is one entry, since its
 * posters all hang at the same time and as many overlapping entries would bury the day. Blockers
 * never leave the organisers.
 *
 * @param contribution null for a block listed as itself
 */
record ProgrammeItem(ProgrammeSession session, ProgrammeContribution contribution) {

  boolean isContribution() {
    return contribution != null;
  }

  Instant start() {
    return isContribution() ? contribution.start() : session.start();
  }

  Instant end() {
    return isContribution() ? contribution.end() : session.end();
  }

  String title() {
    return isContribution() ? contribution.title() : session.title();
  }

  Long trackId() {
    return isContribution() && contribution.trackId() != null
        ? contribution.trackId()
        : session.trackId();
  }

  /** The whole programme, as someone subscribing to all of it wants it. */
  static List<ProgrammeItem> of(PublishedProgramme programme) {
    List<ProgrammeItem> items = new ArrayList<>();
    for (ProgrammeSession session : programme.sessions()) {
      if (!session.kind().isPublic()) {
        continue;
      }
      if (session.kind() == SessionKind.SESSION && !session.contributions().isEmpty()) {
        for (ProgrammeContribution contribution : session.contributions()) {
          items.add(new ProgrammeItem(session, contribution));
        }
      } else {
        items.add(new ProgrammeItem(session, null));
      }
    }
    return items;
  }

  /**
   * A visitor's own choice: the chosen contributions, each as itself, posters included (the visitor
   * who picked a poster wants its board, not the whole poster session).
   */
  static List<ProgrammeItem> chosen(PublishedProgramme programme, Set<Long> contributionIds) {
    List<ProgrammeItem> items = new ArrayList<>();
    for (ProgrammeSession session : programme.sessions()) {
      if (!session.kind().isPublic()) {
        continue;
      }
      for (ProgrammeContribution contribution : session.contributions()) {
        if (contributionIds.contains(contribution.id())) {
          items.add(new ProgrammeItem(session, contribution));
        }
      }
    }
    return items;
  }
}
