package org.colloquium.reviews.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.application.DefaultEventDirectory;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.application.DefaultAccountDirectory;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.reviews.api.DashboardFilter;
import org.colloquium.reviews.api.DecisionDashboard;
import org.colloquium.reviews.api.DecisionInput;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.submissions.application.DefaultSubmissionDirectory;
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
 * The organisers' decision dashboard costs the same number of SQL statements for an event with 1, 3
 * or 1,000 submissions of 3 reviews each: no statement per submission, review or reviewer. Runs the
 * real services and queries with Hibernate on an in-memory H2 database migrated by the project's
 * scripts, and counts the statements with Hibernate's statistics.
 */
class DecisionDashboardStatementsTest {

  private static final Instant NOW = Instant.parse("2027-05-01T10:00:00Z");

  private static SessionFactory factory;
  private static EntityManager em;
  private static DefaultReviewDecisions decisions;
  private static Long administrator;
  private static Long submitter;
  private static final List<Long> reviewers = new ArrayList<>();

  @BeforeAll
  static void boot() {
    TestDatabase database = TestDatabase.h2("dashboard");
    database.migrate(null);
    factory =
        database.hibernate(
            Map.of(
                "hibernate.jdbc.batch_size", "50",
                "hibernate.order_inserts", "true",
                "hibernate.generate_statistics", "true"));
    em = factory.createEntityManager();

    TestServices services = new TestServices(em);
    DefaultAccountDirectory accounts = services.accounts;
    DefaultEventDirectory events = services.events;
    DefaultSubmissionDirectory submissions = services.submissions;
    ReviewSetupRepository setups = new ReviewSetupRepository();
    TestServices.inject(setups, "em", em);
    ReviewAccess access = new ReviewAccess();
    access.events = events;
    access.setups = setups;
    access.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ConflictRepository conflicts = new ConflictRepository();
    TestServices.inject(conflicts, "em", em);
    AssignmentRepository assignments = new AssignmentRepository();
    TestServices.inject(assignments, "em", em);
    ReviewRepository reviews = new ReviewRepository();
    TestServices.inject(reviews, "em", em);
    DecisionRepository decided = new DecisionRepository();
    TestServices.inject(decided, "em", em);
    decisions = new DefaultReviewDecisions();
    decisions.access = access;
    decisions.events = events;
    decisions.submissions = submissions;
    decisions.accounts = accounts;
    OrganiserConflicts organiserConflicts = new OrganiserConflicts();
    organiserConflicts.accounts = accounts;
    organiserConflicts.conflicts = conflicts;
    organiserConflicts.submissions = submissions;
    decisions.organiserConflicts = organiserConflicts;
    decisions.assignments = assignments;
    decisions.reviews = reviews;
    decisions.decisions = decided;

    em.getTransaction().begin();
    Account admin = account("admin@colloquium.example", "Adriana Ionescu");
    admin.makePlatformAdministrator();
    administrator = admin.id();
    submitter = account("taras@colloquium.example", "Тарас Коваленко").id();
    reviewers.add(account("r1@colloquium.example", "Олена Шевченко").id());
    reviewers.add(account("r2@colloquium.example", "Ștefan Munteanu").id());
    reviewers.add(account("r3@colloquium.example", "Marie Dubois").id());
    for (int size : List.of(1, 3, 1000)) {
      event("event-" + size, size);
    }
    event("event-decided", 3);
    em.getTransaction().commit();
  }

  private static Account account(String email, String name) {
    Account a =
        new Account(
            new EmailAddress(email),
            "not-a-hash",
            new Profile(name, null, "RO", null, Language.EN),
            NOW);
    em.persist(a);
    em.flush();
    return a;
  }

  @AfterAll
  static void close() {
    em.close();
    factory.close();
  }

  private static void event(String slug, int size) {
    ZoneId zone = ZoneId.of("Europe/Bucharest");
    Event event =
        new Event(
            new Slug(slug),
            "Conference " + size,
            new EventSchedule(NOW.plusSeconds(86400 * 100), NOW.plusSeconds(86400 * 101), zone),
            AttendanceMode.HYBRID,
            NOW);
    em.persist(event);
    em.flush();
    em.persist(
        new CallForPapers(
            event.id(), NOW.minusSeconds(86400 * 60), NOW.minusSeconds(86400 * 30), "All"));
    em.persist(new ReviewSetup(event.id()));
    // The submitter organises the event too: they see their submissions as an author only.
    em.persist(new EventMember(event.id(), submitter, EventRole.ORGANISER, NOW));
    List<Track> tracks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Track track = new Track(event.id(), i, "Track " + i, null);
      em.persist(track);
      tracks.add(track);
    }
    PresentationType paper = new PresentationType(event.id(), 0, "Paper", 20);
    em.persist(paper);
    em.flush();
    for (int n = 1; n <= size; n++) {
      Submission s =
          new Submission(
              event.id(),
              n,
              submitter,
              slug + "-" + n,
              new SubmissionContent(
                  "Științe politice " + n,
                  "Abstract " + n,
                  List.of("security", "energy"),
                  tracks.get(n % 3).id(),
                  paper.id(),
                  "en",
                  List.of(
                      new SubmissionContent.Author(
                          "Тарас Коваленко",
                          new EmailAddress("taras" + n + "@colloquium.example"),
                          "University",
                          "UA",
                          null,
                          true,
                          false))),
              NOW);
      s.submit(NOW.plusSeconds(n));
      em.persist(s);
      em.flush();
      for (int r = 0; r < 3; r++) {
        ReviewAssignment a =
            new ReviewAssignment(
                event.id(), s.id(), reviewers.get(r), ReviewAssignment.Source.MANUAL, null, NOW);
        em.persist(a);
        em.flush();
        Review review = new Review(a, NOW);
        review.answer(Map.of("overall", Integer.toString(1 + (n + r) % 5)), NOW);
        if (r < 2 || n % 2 == 0) {
          review.submit(OptionalDouble.of(25.0 * ((n + r) % 5)), OptionalInt.of(1 + r), NOW);
        }
        em.persist(review);
      }
      if (n % 3 == 1) {
        Decision d = new Decision(event.id(), s.id());
        d.decide(Outcome.ACCEPT, paper.id(), null, null, "fine", administrator, NOW);
        em.persist(d);
      }
      if (n % 100 == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
  }

  @Test
  void theDashboardCostsTheSameStatementsWhateverTheSizeOfTheEvent() {
    Map<Integer, Long> counts = new TreeMap<>();
    Map<Integer, Long> filtered = new TreeMap<>();
    Map<Integer, Long> asAuthor = new TreeMap<>();
    for (int size : List.of(1, 3, 1000)) {
      String slug = "event-" + size;
      counts.put(
          size,
          statements(
              () -> {
                DecisionDashboard board =
                    decisions.dashboard(administrator, slug, DashboardFilter.all());
                assertEquals(size, board.total());
                assertEquals(Math.min(size, 50), board.rows().size());
                assertNotNull(board.rows().get(0).scores().mean());
                assertEquals(3, board.reviewers().size());
                assertEquals((size + 2) / 3, board.total() - board.undecided());
              }));
      filtered.put(
          size,
          statements(
              () ->
                  decisions.dashboard(
                      administrator,
                      slug,
                      new DashboardFilter(
                          null,
                          DashboardFilter.Show.DISAGREEMENT,
                          DashboardFilter.Sort.MEAN,
                          1,
                          50))));
    }
    for (int size : List.of(1, 3, 1000)) {
      String slug = "event-" + size;
      asAuthor.put(
          size,
          statements(
              () -> {
                DecisionDashboard board =
                    decisions.dashboard(submitter, slug, DashboardFilter.all());
                assertTrue(
                    board.rows().stream().allMatch(r -> r.conflicted() && r.scores() == null));
                assertEquals(size, board.authorOf().size());
              }));
    }
    assertEquals(1, asAuthor.values().stream().distinct().count(), () -> "statements: " + asAuthor);
    assertEquals(1, counts.values().stream().distinct().count(), () -> "statements: " + counts);
    assertEquals(1, filtered.values().stream().distinct().count(), () -> "statements: " + filtered);
  }

  @Test
  void aDecisionIsKeptAndShownPendingOnTheDashboard() {
    ReviewSetup setup = em.find(ReviewSetup.class, eventId("event-decided"));
    em.getTransaction().begin();
    setup.switchTo(PhaseKind.DECISION, NOW.minusSeconds(60));
    em.getTransaction().commit();
    em.getTransaction().begin();
    decisions.decide(
        administrator,
        "event-decided",
        new DecisionInput(2, Outcome.REJECT, null, null, null, "no"));
    em.getTransaction().commit();
    em.clear();
    DecisionDashboard board =
        decisions.dashboard(administrator, "event-decided", DashboardFilter.all());
    var row = board.rows().get(1);
    assertEquals(2, row.number());
    assertEquals(Outcome.REJECT, row.decision().outcome());
    assertTrue(row.decision().pending());
  }

  private static Long eventId(String slug) {
    return em.createQuery("select e.id from Event e where e.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getSingleResult();
  }

  private static long statements(Runnable work) {
    em.clear();
    Statistics statistics = factory.getStatistics();
    statistics.clear();
    em.getTransaction().begin();
    try {
      work.run();
    } finally {
      em.getTransaction().rollback();
    }
    return statistics.getPrepareStatementCount();
  }
}
