package org.colloquium.reviews.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.Event;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.submissions.testing.TestServices;

/** Rows and hand-wired services the reviews' database tests share. */
final class ReviewFixtures {

  private ReviewFixtures() {}

  static Account account(EntityManager em, String email, String name, String affiliation) {
    Account a =
        new Account(
            new EmailAddress(email),
            "not-a-hash",
            new Profile(name, affiliation, "RO", null, Language.EN),
            Instant.parse("2027-05-01T10:00:00Z"));
    em.persist(a);
    em.flush();
    return a;
  }

  /** A published-or-not event a hundred days after {@code now}, in Bucharest. */
  static Event event(EntityManager em, String slug, Instant now) {
    Event event =
        new Event(
            new Slug(slug),
            slug,
            new EventSchedule(
                now.plusSeconds(86400 * 100),
                now.plusSeconds(86400 * 101),
                ZoneId.of("Europe/Bucharest")),
            AttendanceMode.HYBRID,
            now);
    em.persist(event);
    em.flush();
    return event;
  }

  /** The conflict finder over the test's services and repositories. */
  static ConflictFinder finder(
      TestServices services,
      ConflictRepository conflicts,
      ReviewSetupRepository setups,
      Clock clock) {
    ConflictFinder finder = new ConflictFinder();
    finder.events = services.events;
    finder.submissions = services.submissions;
    finder.accounts = services.accounts;
    finder.conflicts = conflicts;
    finder.setups = setups;
    finder.clock = clock;
    return finder;
  }
}
