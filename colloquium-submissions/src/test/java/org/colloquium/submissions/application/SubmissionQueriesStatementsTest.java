package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.application.DefaultEventDirectory;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionPage;
import org.colloquium.submissions.api.SubmissionSort;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.domain.SubmissionRepository;
import org.colloquium.submissions.testing.TestDatabase;
import org.colloquium.submissions.testing.TestServices;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisers' table costs the same number of SQL statements for an event with 1, 3 or 1,000
 * submissions: no statement per row (a lazy author list, a track looked up row by row). Runs the
 * real queries with Hibernate (the version WildFly ships) on an in-memory H2 database migrated by
 * the project's Flyway scripts, and counts the statements with Hibernate's statistics. No server,
 * no test-only code in the application.
 */
class SubmissionQueriesStatementsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static SessionFactory factory;
  private static EntityManager em;
  private static DefaultSubmissionQueries queries;
  private static Long administrator;

  @BeforeAll
  static void boot() {
    TestDatabase database = TestDatabase.h2("statements");
    database.migrate(null);
    factory =
        database.hibernate(
            Map.of(
                "hibernate.jdbc.batch_size", "50",
                "hibernate.order_inserts", "true",
                "hibernate.generate_statistics", "true"));
    em = factory.createEntityManager();

    TestServices services = new TestServices(em);
    DefaultEventDirectory eventDirectory = services.events;
    SubmissionRepository submissions = services.submissionRepository;
    queries = new DefaultSubmissionQueries();
    queries.em = em;
    queries.access = eventDirectory;
    queries.submissions = submissions;

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
    for (int size : List.of(1, 3, 1000)) {
      event("event-" + size, size);
    }
    em.getTransaction().commit();
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
    List<Track> tracks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Track track = new Track(event.id(), i, "Track " + i, null);
      em.persist(track);
      tracks.add(track);
    }
    PresentationType paper = new PresentationType(event.id(), 0, "Paper", 20);
    em.persist(paper);
    em.flush();
    Submission previous = null;
    for (int n = 1; n <= size; n++) {
      Submission s =
          new Submission(
              event.id(),
              n,
              administrator,
              slug + "-" + n,
              new SubmissionContent(
                  "Științe politice " + n,
                  "Abstract " + n,
                  List.of("security", "energy"),
                  tracks.get(n % 3).id(),
                  paper.id(),
                  "en",
                  List.of(
                      author("Ana Căpățînă", "ana" + n + "@colloquium.example", "RO", true),
                      author("Тарас Коваленко", "taras" + n + "@colloquium.example", "UA", false))),
              NOW);
      s.submit(NOW.plusSeconds(n));
      em.persist(s);
      if (n % 7 == 0 && previous != null) {
        em.flush();
        s.markDuplicateOf(previous);
      }
      if (n % 11 == 0) {
        s.withdraw(NOW.plusSeconds(n + 1));
      }
      previous = s;
      if (n % 200 == 0) {
        em.flush();
      }
    }
    em.flush();
  }

  private static SubmissionContent.Author author(
      String name, String email, String country, boolean presenting) {
    return new SubmissionContent.Author(
        name, new EmailAddress(email), "University", country, null, presenting, false);
  }

  @Test
  void aPageCostsTheSameStatementsWhateverTheNumberOfSubmissions() {
    Map<Integer, Long> unfiltered = new TreeMap<>();
    Map<Integer, Long> filtered = new TreeMap<>();
    Map<Integer, Long> sortedByTitle = new TreeMap<>();
    Map<Integer, Long> forExport = new TreeMap<>();
    for (int size : List.of(1, 3, 1000)) {
      String slug = "event-" + size;
      unfiltered.put(
          size,
          statements(
              () -> {
                SubmissionPage page =
                    queries.page(administrator, slug, null, SubmissionSort.NUMBER, true, 0, 50);
                assertEquals(size, page.total());
                assertEquals(Math.min(size, 50), page.rows().size());
                assertEquals(2, page.rows().get(0).authors().size());
                if (size >= 7) {
                  assertEquals(6, page.rows().get(6).duplicateOfNumber(), "#7 duplicates #6");
                }
              }));
      filtered.put(
          size,
          statements(
              () ->
                  queries.page(
                      administrator,
                      slug,
                      new SubmissionFilter(
                          SubmissionState.SUBMITTED, null, null, "en", "UA", "stiinte politice"),
                      SubmissionSort.SUBMITTED_AT,
                      false,
                      0,
                      100)));
      sortedByTitle.put(
          size,
          statements(
              () ->
                  queries.page(
                      administrator,
                      slug,
                      SubmissionFilter.NONE,
                      SubmissionSort.TITLE,
                      true,
                      0,
                      DefaultSubmissionQueries.MAX_PAGE)));
      forExport.put(
          size,
          statements(
              () -> {
                SubmissionPage page =
                    queries.pageWithAbstracts(
                        administrator, slug, null, 0, DefaultSubmissionQueries.MAX_PAGE);
                assertNotNull(page.rows().get(0).abstractText(), "exports carry the abstract");
              }));
      assertNull(
          queries
              .page(administrator, slug, null, SubmissionSort.NUMBER, true, 0, 1)
              .rows()
              .get(0)
              .abstractText(),
          "the table's rows, kept in the session, do not");
    }
    assertConstant(unfiltered);
    assertConstant(filtered);
    assertConstant(sortedByTitle);
    assertConstant(forExport);
  }

  @Test
  void statisticsOfOptionsAndCountsDoNotGrowWithTheRows() {
    Map<Integer, Long> options = new TreeMap<>();
    for (int size : List.of(1, 3, 1000)) {
      String slug = "event-" + size;
      options.put(
          size,
          statements(
              () -> {
                queries.filterOptions(administrator, slug);
                queries.counts(administrator, slug);
                queries.count(administrator, slug, SubmissionFilter.NONE);
                queries.pdfs(administrator, slug, SubmissionFilter.NONE);
              }));
    }
    assertConstant(options);
  }

  private static void assertConstant(Map<Integer, Long> counts) {
    assertEquals(1, counts.values().stream().distinct().count(), () -> "statements: " + counts);
  }

  private static long statements(Runnable work) {
    em.clear();
    Statistics statistics = factory.getStatistics();
    statistics.clear();
    work.run();
    return statistics.getPrepareStatementCount();
  }
}
