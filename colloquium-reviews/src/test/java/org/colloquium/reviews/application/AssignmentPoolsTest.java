package org.colloquium.reviews.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.AssignmentRun;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.ReviewerSettings;
import org.colloquium.reviews.domain.assignment.Assignment;
import org.colloquium.reviews.domain.assignment.AssignmentSolver;
import org.colloquium.reviews.domain.assignment.SolverProgress;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.testing.TestDatabase;
import org.colloquium.submissions.testing.TestServices;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The automatic assignment keeps reviewers with a pool to its tracks: read from the database as an
 * assignment run reads it, solved, a reviewer in the pool of track A gets none of track B's
 * submissions, even when that leaves them short. Runs on an in-memory H2 database migrated by the
 * project's scripts.
 */
class AssignmentPoolsTest {

  private static final Instant NOW = Instant.parse("2027-05-01T10:00:00Z");

  private static SessionFactory factory;
  private static EntityManager em;
  private static AssignmentRuns.RunSteps steps;

  @BeforeAll
  static void boot() {
    TestDatabase database = TestDatabase.h2("assignment-pools");
    database.migrate(null);
    factory = database.hibernate(Map.of());
    em = factory.createEntityManager();
    TestServices services = new TestServices(em);
    ConflictRepository conflicts = new ConflictRepository();
    TestServices.inject(conflicts, "em", em);
    ReviewSetupRepository setups = new ReviewSetupRepository();
    TestServices.inject(setups, "em", em);
    AssignmentRepository assignments = new AssignmentRepository();
    TestServices.inject(assignments, "em", em);
    ConflictFinder finder =
        ReviewFixtures.finder(services, conflicts, setups, Clock.fixed(NOW, ZoneOffset.UTC));
    steps = new AssignmentRuns.RunSteps();
    steps.assignments = assignments;
    steps.conflicts = conflicts;
    steps.setups = setups;
    steps.events = services.events;
    steps.submissions = services.submissions;
    steps.finder = finder;
    steps.clock = finder.clock;
  }

  @AfterAll
  static void close() {
    em.close();
    factory.close();
  }

  @Test
  void aReviewerInOneTracksPoolGetsNothingOfAnother() {
    em.getTransaction().begin();
    try {
      Account submitter =
          ReviewFixtures.account(em, "andrei@colloquium.example", "Andrei Țurcanu", null);
      Account pooled =
          ReviewFixtures.account(em, "radu@colloquium.example", "Radu Vasilescu", null);
      Account anyTrack =
          ReviewFixtures.account(em, "natalia@colloquium.example", "Natalia Rusu", null);
      Event event = ReviewFixtures.event(em, "pools", NOW);
      Track energy = new Track(event.id(), 0, "Energy and economy", null);
      Track security = new Track(event.id(), 1, "Security and defence", null);
      em.persist(energy);
      em.persist(security);
      ReviewSetup setup = new ReviewSetup(event.id());
      setup.changeLoads(1, 0, 4);
      em.persist(setup);
      for (Account reviewer : List.of(pooled, anyTrack)) {
        em.persist(new EventMember(event.id(), reviewer.id(), EventRole.REVIEWER, NOW));
      }
      em.flush();
      ReviewerSettings settings = new ReviewerSettings(event.id(), pooled.id());
      // Eager for security by topic, but in the energy pool: the pool wins.
      settings.interests(Set.of(security.id()), List.of("security"));
      settings.pool(Set.of(energy.id()));
      em.persist(settings);
      Map<Long, Long> trackOf = new HashMap<>();
      for (int n = 1; n <= 4; n++) {
        Long track = n % 2 == 0 ? security.id() : energy.id();
        Submission s =
            new Submission(
                event.id(),
                n,
                submitter.id(),
                "pools-" + n,
                new SubmissionContent(
                    "Submission " + n,
                    "Abstract",
                    List.of("security"),
                    track,
                    null,
                    "en",
                    List.of(
                        new SubmissionContent.Author(
                            "Andrei Țurcanu",
                            new EmailAddress("andrei@colloquium.example"),
                            "Moldova State University",
                            "MD",
                            null,
                            true,
                            true))),
                NOW);
        s.submit(NOW);
        em.persist(s);
        em.flush();
        trackOf.put(s.id(), track);
      }
      AssignmentRun run = new AssignmentRun(event.id(), false, submitter.id(), NOW);
      em.persist(run);
      em.flush();

      AssignmentRuns.Prepared prepared = steps.prepare(run.id());
      Assignment result =
          new AssignmentSolver().solve(prepared.problem(), prepared.leftOut(), SolverProgress.NONE);

      assertEquals(4, result.pairs(), "one review for each of the four");
      List<Long> pooledGot = new ArrayList<>();
      Set<Long> reviewed = new HashSet<>();
      for (int i = 0; i < result.pairs(); i++) {
        Long submission = prepared.submissionIds()[result.paper()[i]];
        reviewed.add(submission);
        if (prepared.reviewerIds()[result.reviewer()[i]] == pooled.id()) {
          pooledGot.add(submission);
        }
      }
      assertEquals(4, reviewed.size());
      assertTrue(
          pooledGot.stream().allMatch(s -> trackOf.get(s).equals(energy.id())),
          "only energy submissions for the energy pool: " + pooledGot);
    } finally {
      em.getTransaction().rollback();
    }
  }
}
