package org.colloquium.programme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.application.DefaultEventCatalogue;
import org.colloquium.events.application.DefaultPartners;
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.PublishPreview;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.api.SessionView;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.programme.domain.Chair;
import org.colloquium.programme.domain.Contribution;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Room;
import org.colloquium.programme.domain.SessionShape;
import org.colloquium.programme.domain.TimetableSession;
import org.colloquium.programme.domain.Unavailability;
import org.colloquium.programme.domain.WarningSeverityChoice;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.application.DecisionsToldToAuthors;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.testing.TestDatabase;
import org.colloquium.submissions.testing.TestServices;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisers' editor, publishing, and the public programme (the page and {@code GET
 * /api/v1/events/{slug}/programme} both read {@link DefaultPublishedProgrammes#current}) cost the
 * same number of SQL statements for an event with 1, 3 or 1,000 contributions: no statement per
 * contribution, session, room or author. The other modules' faces are their real implementations
 * (events, submissions, the decisions told to authors), so a count is everything the request asks
 * of the database, not only the programme module's part. Hibernate (the version WildFly ships) on
 * an in-memory H2 database migrated by every module's Flyway scripts, statements counted with
 * Hibernate's statistics.
 */
class ProgrammeStatementsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 8);
  private static final int DAYS = 7;
  private static final int ROOMS = 6;
  private static final int PER_SESSION = 4;
  private static final List<Integer> TALK_HOURS = List.of(9, 10, 11, 13, 14, 15, 16, 17);
  private static final List<Integer> SIZES = List.of(1, 3, 1000);

  private static SessionFactory factory;
  private static EntityManager em;
  private static TestServices services;
  private static ProgrammeRepository repository;
  private static WorkInProgressReader reader;
  private static DefaultProgrammeEditing editing;
  private static DefaultProgrammePublishing publishing;
  private static Long administrator;

  /** What each event was filled with, to check that the answers are whole. */
  private record Made(int contributions, int scheduled, int unscheduled, int holding) {}

  private static final Map<Integer, Made> made = new TreeMap<>();

  @BeforeAll
  static void boot() {
    TestDatabase database = TestDatabase.h2("programme-statements");
    database.migrate(null);
    factory =
        database.hibernate(
            Map.of(
                "hibernate.jdbc.batch_size", "50",
                "hibernate.order_inserts", "true",
                "hibernate.generate_statistics", "true"));
    em = factory.createEntityManager();

    services = new TestServices(em);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    repository = new ProgrammeRepository();
    TestServices.inject(repository, "em", em);
    DecisionRepository decisions = new DecisionRepository();
    TestServices.inject(decisions, "em", em);
    DecisionsToldToAuthors told = new DecisionsToldToAuthors();
    TestServices.inject(told, "decisions", decisions);
    EventAccess access = new EventAccess();
    TestServices.inject(access, "events", services.eventRepository);
    TestServices.inject(access, "accounts", services.accounts);
    DefaultEventCatalogue catalogue = new DefaultEventCatalogue();
    TestServices.inject(catalogue, "events", services.eventRepository);
    TestServices.inject(catalogue, "access", access);
    TestServices.inject(catalogue, "clock", clock);
    // Asked for a logo per partner only; these events have none, so no file store is needed.
    DefaultPartners partners = new DefaultPartners();
    TestServices.inject(partners, "access", access);

    reader = new WorkInProgressReader();
    reader.programme = repository;
    reader.submissions = services.submissions;
    reader.presented = told;
    reader.events = services.events;

    // No tracksAndTypes: only making contributions from decisions uses it, not the editor's data.
    editing = new DefaultProgrammeEditing();
    editing.events = services.events;
    editing.programme = repository;
    editing.reader = reader;
    editing.presented = told;
    editing.submissions = services.submissions;

    publishing = new DefaultProgrammePublishing();
    publishing.events = services.events;
    publishing.catalogue = catalogue;
    publishing.partners = partners;
    publishing.programme = repository;
    publishing.reader = reader;
    publishing.clock = clock;

    em.getTransaction().begin();
    Account admin =
        new Account(
            new EmailAddress("admin@colloquium.example"),
            "not-a-hash",
            new Profile("Adriana Ionescu", null, "RO", null, Language.EN),
            NOW);
    admin.makePlatformAdministrator();
    em.persist(admin);
    em.flush();
    administrator = admin.id();
    for (int size : SIZES) {
      made.put(size, event("event-" + size, size));
    }
    event("warm-up", 1);
    em.getTransaction().commit();
    em.clear();
  }

  @AfterAll
  static void close() {
    em.close();
    factory.close();
  }

  private static Instant at(int day, int hour) {
    return FIRST_DAY.plusDays(day).atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
  }

  /**
   * An event of {@code size} presented submissions (two authors each, the first presenting; every
   * seventh a poster, every fifth moved to another track by its decision), of which every
   * seventeenth is no contribution yet and every tenth (from the third) is unscheduled; talks four
   * to a session in six rooms, posters in one poster session; a keynote, a break a day and a
   * blocker; three unavailabilities and one chosen severity, whatever the size.
   */
  private static Made event(String slug, int size) {
    Event event =
        new Event(
            new Slug(slug),
            "Conference " + size,
            new EventSchedule(at(0, 8), at(DAYS - 1, 19), ZONE),
            AttendanceMode.HYBRID,
            NOW);
    event.publish();
    em.persist(event);
    em.flush();
    Long eventId = event.id();
    List<Track> tracks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Track track = new Track(eventId, i, "Track " + i, null);
      em.persist(track);
      tracks.add(track);
    }
    PresentationType paper = new PresentationType(eventId, 0, "Paper", 15);
    PresentationType poster = new PresentationType(eventId, 1, "Poster", null);
    em.persist(paper);
    em.persist(poster);
    List<Room> rooms = new ArrayList<>();
    for (int r = 0; r < ROOMS; r++) {
      Room room = new Room(eventId, r, "Sala " + (r + 1), 40 + 20 * r, RoomMode.values()[r % 3]);
      em.persist(room);
      rooms.add(room);
    }
    em.flush();

    add(eventId, SessionKind.KEYNOTE, "Keynote", rooms.get(0).id(), at(0, 8), at(0, 9), 0);
    for (int day = 0; day < DAYS; day++) {
      add(eventId, SessionKind.BREAK, "Lunch", null, at(day, 12), at(day, 13), -1);
    }
    add(
        eventId,
        SessionKind.BLOCKER,
        "Set-up",
        rooms.get(1).id(),
        at(DAYS - 1, 9),
        at(DAYS - 1, 10),
        -1);
    TimetableSession posters =
        add(eventId, SessionKind.POSTERS, "Posters", rooms.get(0).id(), at(0, 18), at(0, 19), 1);

    int contributions = 0;
    int scheduled = 0;
    int unscheduled = 0;
    int sessions = 0;
    int holding = 1;
    TimetableSession current = null;
    int inCurrent = 0;
    int posterPosition = 0;
    for (int n = 1; n <= size; n++) {
      boolean isPoster = n % 7 == 0;
      Submission s =
          new Submission(
              eventId,
              n,
              administrator,
              slug + "-" + n,
              new SubmissionContent(
                  "Științe politice " + n,
                  "Abstract " + n,
                  List.of("security", "energy"),
                  tracks.get(n % 3).id(),
                  isPoster ? poster.id() : paper.id(),
                  n % 4 == 0 ? "ro" : "en",
                  List.of(
                      author("Ana Căpățînă", "ana" + n + "@colloquium.example", "RO", true),
                      author("Тарас Коваленко", "taras" + n + "@colloquium.example", "UA", false))),
              NOW);
      s.submit(NOW.plusSeconds(n));
      em.persist(s);
      em.flush();
      Decision decision = new Decision(eventId, s.id());
      decision.decide(
          isPoster ? Outcome.POSTER : Outcome.ACCEPT,
          isPoster ? poster.id() : paper.id(),
          n % 5 == 0 ? tracks.get((n + 1) % 3).id() : null,
          null,
          null,
          administrator,
          NOW);
      decision.notified(NOW);
      em.persist(decision);
      if (n % 17 == 0) {
        continue;
      }
      Contribution c = new Contribution(eventId, s.id(), isPoster ? 60 : 15, isPoster);
      contributions++;
      if (n % 10 == 3) {
        unscheduled++;
      } else if (isPoster) {
        c.placeIn(posters.id(), posterPosition++);
        scheduled++;
      } else {
        if (current == null || inCurrent == PER_SESSION) {
          int slot = sessions / ROOMS;
          current =
              add(
                  eventId,
                  SessionKind.SESSION,
                  "Session " + (sessions + 1),
                  rooms.get(sessions % ROOMS).id(),
                  at(slot / TALK_HOURS.size(), TALK_HOURS.get(slot % TALK_HOURS.size())),
                  at(slot / TALK_HOURS.size(), TALK_HOURS.get(slot % TALK_HOURS.size()) + 1),
                  sessions + 2);
          sessions++;
          holding++;
          inCurrent = 0;
        }
        c.placeIn(current.id(), inCurrent++);
        scheduled++;
      }
      em.persist(c);
      if (n % 100 == 0) {
        em.flush();
        em.clear();
      }
    }
    em.persist(
        Unavailability.ofSpeaker(
            eventId, "ana1@colloquium.example", at(DAYS - 1, 8), at(DAYS - 1, 19), "Flight", null));
    em.persist(
        Unavailability.ofSpeaker(
            eventId, "taras2@colloquium.example", at(1, 8), at(1, 12), null, administrator));
    em.persist(
        Unavailability.ofRoom(
            eventId, rooms.get(ROOMS - 1).id(), at(DAYS - 1, 13), at(DAYS - 1, 19), "Exams", null));
    em.persist(new WarningSeverityChoice(eventId, WarningKind.TRACK_IN_PARALLEL, Severity.IGNORE));
    em.flush();
    em.clear();
    return new Made(contributions, scheduled, unscheduled, holding);
  }

  /** A session with one chair with an address, and a second without one in every third. */
  private static TimetableSession add(
      Long eventId,
      SessionKind kind,
      String title,
      Long roomId,
      Instant start,
      Instant end,
      int k) {
    List<Chair> chairs = new ArrayList<>();
    if (k >= 0) {
      chairs.add(new Chair("Chair " + k, "chair" + k + "@colloquium.example"));
      if (k % 3 == 0) {
        chairs.add(new Chair("Ion Popescu " + k, null));
      }
    }
    TimetableSession session =
        new TimetableSession(
            eventId,
            new SessionShape(
                kind, title, null, null, roomId, start, end, null, "en", 30, false, chairs));
    em.persist(session);
    em.flush();
    return session;
  }

  private static SubmissionContent.Author author(
      String name, String email, String country, boolean presenting) {
    return new SubmissionContent.Author(
        name, new EmailAddress(email), "University", country, null, presenting, false);
  }

  @Test
  void theEditorsDataCostsTheSameStatementsWhateverTheSize() {
    Map<Integer, Long> editor = new TreeMap<>();
    for (int size : SIZES) {
      Made filled = made.get(size);
      editor.put(
          size,
          statements(
              false,
              () -> {
                EditorView view = editing.editor(administrator, "event-" + size);
                int inSessions =
                    view.sessions().stream().mapToInt(s -> s.contributions().size()).sum();
                assertEquals(filled.scheduled(), inSessions);
                assertEquals(filled.unscheduled(), view.unscheduled().size());
                assertEquals(size - filled.contributions(), view.notYetContributions());
                assertEquals(3, view.unavailabilities().size());
                assertEquals(ROOMS, view.rooms().size());
                SessionView first =
                    view.sessions().stream()
                        .filter(s -> !s.contributions().isEmpty())
                        .findFirst()
                        .orElseThrow();
                assertTrue(first.contributions().get(0).speakers().startsWith("Ana Căpățînă"));
                assertFalse(first.chairs().isEmpty());
                assertTrue(
                    view.warnings().stream().noneMatch(w -> w.blocks()),
                    () -> "blocking: " + view.warnings());
              }));
    }
    System.out.println("Programme statements, editor's data by size: " + editor);
    assertConstant(editor);
  }

  @Test
  void publishingAndThePublicProgrammeCostTheSameStatementsWhateverTheSize() {
    Map<Integer, Long> preview = new TreeMap<>();
    Map<Integer, Long> publish = new TreeMap<>();
    Map<Integer, Long> cold = new TreeMap<>();
    Map<Integer, Long> warm = new TreeMap<>();
    // Release ids come from a sequence in blocks of 50 (Hibernate's pooled optimiser): the first
    // two ids read the sequence each, then one id in 50 does. After two releases of another event
    // the three measured ones draw from one block, so that only what depends on the size differs.
    for (int i = 0; i < 2; i++) {
      statements(true, () -> publishing.publish(administrator, "warm-up", null));
    }
    for (int size : SIZES) {
      String slug = "event-" + size;
      Made filled = made.get(size);
      preview.put(
          size,
          statements(
              false,
              () -> {
                PublishPreview next = publishing.preview(administrator, slug);
                assertTrue(next.blocking().isEmpty(), () -> "blocking: " + next.blocking());
                assertEquals(filled.scheduled(), next.contributions());
              }));
      publish.put(
          size,
          statements(
              true, () -> assertEquals(1, publishing.publish(administrator, slug, "First."))));
      // The page and the API read through a service that keeps parsed releases: a new one reads
      // the release from the database as the first request after a deployment does.
      DefaultPublishedProgrammes published = published();
      Supplier<PublishedProgramme> read =
          () -> published.current(slug, null).orElseThrow(() -> new AssertionError(slug));
      cold.put(
          size,
          statements(
              false,
              () -> {
                PublishedProgramme programme = read.get();
                assertEquals(1, programme.version());
                assertEquals(filled.holding(), holdingSessions(programme));
                assertEquals(filled.scheduled(), programme.contributions().size());
                assertEquals(2, programme.contributions().get(0).authors().size());
                assertNotNull(programme.contributions().get(0).abstractMarkdown());
              }));
      warm.put(size, statements(false, () -> assertEquals(1, read.get().version())));
    }
    System.out.println("Programme statements, publish preview by size: " + preview);
    System.out.println("Programme statements, publishing by size: " + publish);
    System.out.println("Programme statements, public programme (cold) by size: " + cold);
    System.out.println("Programme statements, public programme (warm) by size: " + warm);
    assertConstant(preview);
    assertConstant(publish);
    assertConstant(cold);
    assertConstant(warm);
  }

  private static long holdingSessions(PublishedProgramme programme) {
    return programme.sessions().stream().filter(s -> s.kind().holdsContributions()).count();
  }

  private static DefaultPublishedProgrammes published() {
    DefaultPublishedProgrammes published = new DefaultPublishedProgrammes();
    published.events = services.events;
    published.programme = repository;
    return published;
  }

  private static void assertConstant(Map<Integer, Long> counts) {
    assertEquals(1, counts.values().stream().distinct().count(), () -> "statements: " + counts);
  }

  /** The statements {@code work} runs in a transaction of its own, with nothing cached before. */
  private static long statements(boolean commit, Runnable work) {
    em.clear();
    Statistics statistics = factory.getStatistics();
    statistics.clear();
    em.getTransaction().begin();
    try {
      work.run();
      if (commit) {
        em.getTransaction().commit();
      }
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
    return statistics.getPrepareStatementCount();
  }
}
