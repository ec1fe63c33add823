package org.colloquium.programme.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.demo.DemoEvents;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.programme.api.ContributionChange;
import org.colloquium.programme.api.ContributionView;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.ProgrammeWarning;
import org.colloquium.programme.api.RoomInput;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionInput;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.api.SessionView;
import org.colloquium.programme.application.DefaultProgrammePublishing;

/**
 * The programme of "20 Months After…" as the centre published it in October 2023: three days in a
 * hybrid aula, a seminar room, a foyer for posters and an online room; an opening plenary with the
 * organisers and partner institutes, a session per track (two in parallel on the first and second
 * day), the panel in a session of its own, the posters on boards, a roundtable, breaks and a
 * closing. Built through the editor's service, so it is exactly what an organiser could have made,
 * and published as release 1 on 20 October 2023. The annual conference gets rooms and nothing else:
 * its programme is the organisers' to build.
 */
@ApplicationScoped
public class DemoProgramme implements DemoContent {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 11, 9);

  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;
  @Inject ProgrammeEditing editing;
  @Inject DefaultProgrammePublishing publishing;

  @Override
  public int order() {
    return 50;
  }

  @Override
  @Transactional
  public void load() {
    Long organiser =
        accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow().id();
    events
        .findBySlug(DemoEvents.ANNUAL_CONFERENCE)
        .ifPresent(e -> rooms(organiser, e.slug().value()));
    events
        .findBySlug(DemoEvents.PAST_CONFERENCE)
        .ifPresent(e -> pastProgramme(organiser, e.id(), e.slug().value()));
  }

  private record Rooms(Long aula, Long seminar, Long foyer, Long online) {}

  private Rooms rooms(Long organiser, String slug) {
    return new Rooms(
        editing.addRoom(
            organiser,
            slug,
            new RoomInput(
                "Aula Magna", 200, RoomMode.HYBRID, "https://meet.colloquium.example/aula-magna")),
        editing.addRoom(
            organiser, slug, new RoomInput("Sala Senatului", 60, RoomMode.IN_PERSON, null)),
        editing.addRoom(organiser, slug, new RoomInput("Foaier", 80, RoomMode.IN_PERSON, null)),
        editing.addRoom(
            organiser,
            slug,
            new RoomInput(
                "Online", null, RoomMode.ONLINE, "https://meet.colloquium.example/online-room")));
  }

  private void pastProgramme(Long organiser, Long eventId, String slug) {
    List<Choice> tracks = events.tracks(eventId);
    if (tracks.size() < 4 || editing.addPresentedContributions(organiser, slug) == 0) {
      return;
    }
    Rooms rooms = rooms(organiser, slug);
    Long security = tracks.get(0).id();
    Long energy = tracks.get(1).id();
    Long propaganda = tracks.get(2).id();
    Long europe = tracks.get(3).id();

    session(
        organiser,
        slug,
        SessionKind.PLENARY,
        "Opening",
        "Deschidere",
        rooms.aula(),
        0,
        "09:30",
        "10:30",
        null,
        "Welcome from the Romanian Centre for Russian Studies and the partner institutes;"
            + " keynote address on twenty months of war.",
        "en",
        150,
        "Ioana Rădulescu-Stănescu <organiser@colloquium.example>");
    session(
        organiser,
        slug,
        SessionKind.BREAK,
        "Coffee break",
        "Pauză de cafea",
        null,
        0,
        "10:30",
        "11:00",
        null,
        null,
        null,
        null,
        "");
    Long securitySession =
        session(
            organiser,
            slug,
            SessionKind.SESSION,
            "Security and defence",
            "Securitate și apărare",
            rooms.aula(),
            0,
            "11:00",
            "12:30",
            security,
            null,
            "en",
            90,
            "Dr. Radu Vasilescu");
    Long energySession =
        session(
            organiser,
            slug,
            SessionKind.SESSION,
            "Energy and economy",
            "Energie și economie",
            rooms.seminar(),
            0,
            "11:00",
            "12:30",
            energy,
            null,
            null,
            40,
            "Dr. Elena Constantinescu");
    session(
        organiser,
        slug,
        SessionKind.BREAK,
        "Lunch",
        "Prânz",
        null,
        0,
        "12:30",
        "14:00",
        null,
        null,
        null,
        null,
        "");
    Long panelSession =
        session(
            organiser,
            slug,
            SessionKind.SESSION,
            "Panel",
            "Panel",
            rooms.aula(),
            0,
            "14:00",
            "15:30",
            null,
            null,
            "en",
            120,
            "");

    Long propagandaSession =
        session(
            organiser,
            slug,
            SessionKind.SESSION,
            "Propaganda and disinformation",
            "Propagandă și dezinformare",
            rooms.aula(),
            1,
            "09:30",
            "11:00",
            propaganda,
            null,
            null,
            80,
            "Dr. Mihai Popa");
    session(
        organiser,
        slug,
        SessionKind.BREAK,
        "Coffee break",
        "Pauză de cafea",
        null,
        1,
        "11:00",
        "11:30",
        null,
        null,
        null,
        null,
        "");
    Long europeSession =
        session(
            organiser,
            slug,
            SessionKind.SESSION,
            "European path of Ukraine and the Republic of Moldova",
            "Parcursul european al Ucrainei și al Republicii Moldova",
            rooms.aula(),
            1,
            "11:30",
            "13:00",
            europe,
            null,
            null,
            90,
            "Ioana Rădulescu-Stănescu <organiser@colloquium.example>");
    Long posters =
        session(
            organiser,
            slug,
            SessionKind.POSTERS,
            "Posters",
            "Postere",
            rooms.foyer(),
            1,
            "14:00",
            "15:00",
            null,
            null,
            null,
            60,
            "");
    session(
        organiser,
        slug,
        SessionKind.PLENARY,
        "Roundtable: the road to Brussels",
        "Masă rotundă: drumul spre Bruxelles",
        rooms.online(),
        1,
        "15:30",
        "17:00",
        europe,
        "Diplomats and researchers from Kyiv, Chișinău and Bucharest, online; questions from the audience"
            + " in the chat.",
        null,
        null,
        "");

    Long openSession =
        session(
            organiser,
            slug,
            SessionKind.SESSION,
            "Open session",
            "Sesiune deschisă",
            rooms.aula(),
            2,
            "10:00",
            "11:30",
            null,
            null,
            null,
            60,
            "");
    session(
        organiser,
        slug,
        SessionKind.PLENARY,
        "Closing and conclusions",
        "Închidere și concluzii",
        rooms.aula(),
        2,
        "11:30",
        "12:30",
        null,
        "The organisers sum up the conference.",
        "en",
        100,
        "");

    EditorView view = editing.editor(organiser, slug);
    Map<Long, Long> byTrack =
        Map.of(
            security, securitySession,
            energy, energySession,
            propaganda, propagandaSession,
            europe, europeSession);
    int board = 1;
    for (ContributionView c : view.unscheduled()) {
      Long target;
      if (c.poster()) {
        target = posters;
        editing.changeContribution(
            organiser, slug, c.id(), new ContributionChange(c.minutes(), "P" + board++, false));
      } else if (c.minutes() >= 60) {
        target = panelSession;
      } else {
        target = byTrack.getOrDefault(c.trackId(), openSession);
      }
      editing.placeContribution(organiser, slug, c.id(), target, null);
    }
    tidy(organiser, slug, openSession);
    // The demo's organisers start with nothing to undo: the set-up is not theirs to take apart.
    editing.forgetChanges(organiser, slug);
    publishing.publishAt(
        organiser, slug, "", LocalDateTime.of(2023, 10, 20, 12, 0).atZone(BUCHAREST).toInstant());
  }

  /**
   * Moves what the first placement got wrong to the last day's open session, which runs alone: a
   * speaker in the two parallel sessions of the first morning, and the last talk of a session that
   * would overrun.
   */
  private void tidy(Long organiser, String slug, Long openSession) {
    for (int round = 0; round < 20; round++) {
      EditorView view = editing.editor(organiser, slug);
      Long moving =
          view.warnings().stream()
              .filter(w -> w.blocks() && w.contributionId() != null)
              .map(ProgrammeWarning::contributionId)
              .findFirst()
              .orElseGet(() -> lastOfAnOverrun(view, openSession));
      if (moving == null) {
        return;
      }
      editing.placeContribution(organiser, slug, moving, openSession, null);
    }
  }

  private static Long lastOfAnOverrun(EditorView view, Long openSession) {
    for (SessionView session : view.sessions()) {
      if (session.overrunMinutes() > 0 && !session.id().equals(openSession)) {
        List<ContributionView> in = session.contributions();
        return in.get(in.size() - 1).id();
      }
    }
    return null;
  }

  private Long session(
      Long organiser,
      String slug,
      SessionKind kind,
      String title,
      String titleRo,
      Long room,
      int day,
      String start,
      String end,
      Long track,
      String description,
      String language,
      Integer audience,
      String chairs) {
    return editing.addSession(
        organiser,
        slug,
        new SessionInput(
            kind,
            title,
            titleRo,
            description,
            room,
            FIRST_DAY.plusDays(day),
            LocalTime.parse(start),
            LocalTime.parse(end),
            track,
            language,
            audience,
            false,
            chairs));
  }
}
