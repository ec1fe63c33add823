package org.colloquium.reviews.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.reviews.api.ConflictKind;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.testing.TestDatabase;
import org.colloquium.submissions.testing.TestServices;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding an event's conflicts twice in one transaction finds the same ones, as when the review's
 * setup is created (which finds them) and an assignment or the demo data finds them again. Runs on
 * an in-memory H2 database migrated by the project's scripts.
 */
class ConflictFinderTwiceTest {

  private static final Instant NOW = Instant.parse("2027-05-01T10:00:00Z");
  private static final String KYIV = "Taras Shevchenko National University of Kyiv";

  private static SessionFactory factory;
  private static EntityManager em;
  private static ConflictFinder finder;
  private static ConflictRepository conflicts;

  @BeforeAll
  static void boot() {
    TestDatabase database = TestDatabase.h2("conflicts-twice");
    database.migrate(null);
    factory = database.hibernate(Map.of());
    em = factory.createEntityManager();
    TestServices services = new TestServices(em);
    conflicts = new ConflictRepository();
    TestServices.inject(conflicts, "em", em);
    ReviewSetupRepository setups = new ReviewSetupRepository();
    TestServices.inject(setups, "em", em);
    finder = ReviewFixtures.finder(services, conflicts, setups, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    em.close();
    factory.close();
  }

  @Test
  void findsTheSameConflictsAgainInTheSameTransaction() {
    em.getTransaction().begin();
    try {
      Account reviewer =
          ReviewFixtures.account(em, "olena@colloquium.example", "Олена Шевченко", KYIV);
      Account author =
          ReviewFixtures.account(
              em, "andrei@colloquium.example", "Andrei Țurcanu", "Moldova State University");
      Event event = ReviewFixtures.event(em, "twice", NOW);
      em.persist(new EventMember(event.id(), reviewer.id(), EventRole.REVIEWER, NOW));
      em.persist(new ReviewSetup(event.id()));
      Submission s =
          new Submission(
              event.id(),
              1,
              author.id(),
              "twice-1",
              new SubmissionContent(
                  "Telegram channels",
                  "Abstract",
                  List.of("propaganda"),
                  null,
                  null,
                  "en",
                  List.of(
                      new SubmissionContent.Author(
                          "Ірина Петренко",
                          new EmailAddress("iryna@colloquium.example"),
                          KYIV,
                          "UA",
                          null,
                          true,
                          false))),
              NOW);
      s.submit(NOW);
      em.persist(s);
      em.flush();

      assertEquals(1, finder.refreshEvent(event.id()), "same affiliation");
      assertEquals(1, finder.refreshEvent(event.id()), "found again, not duplicated");
      em.flush();
      assertTrue(conflicts.conflicted(s.id(), reviewer.id()));
      assertEquals(
          List.of(ConflictKind.SAME_AFFILIATION),
          conflicts.reasons(s.id(), reviewer.id()).stream().map(r -> r.kind()).toList());
    } finally {
      em.getTransaction().rollback();
    }
  }

  @Test
  void pendingRefreshesAreClaimedEventByEventWhenAsked() {
    em.getTransaction().begin();
    try {
      Event first = ReviewFixtures.event(em, "pending-first", NOW);
      Event second = ReviewFixtures.event(em, "pending-second", NOW);
      em.flush();
      conflicts.markPending(second.id(), null, NOW);
      conflicts.markPending(first.id(), null, NOW);
      conflicts.markPending(second.id(), null, NOW);

      List<Long> events = conflicts.pendingEvents();
      assertEquals(List.of(first.id(), second.id()), events.stream().sorted().toList());
      assertEquals(events.stream().sorted().toList(), events, "in id order");
      List<Object[]> ofSecond = conflicts.claimPending(second.id(), 10);
      assertEquals(2, ofSecond.size());
      assertTrue(
          ofSecond.stream().allMatch(row -> second.id().equals(((Number) row[1]).longValue())));
      assertEquals(1, conflicts.claimPending(second.id(), 1).size(), "at most the limit");
    } finally {
      em.getTransaction().rollback();
    }
  }
}
