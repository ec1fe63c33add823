package org.colloquium.reviews.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.events.api.CommitteeMemberAdded;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.reviews.api.ConflictKind;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.ReviewConflict;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.conflicts.Affiliations;
import org.colloquium.reviews.domain.conflicts.CoAuthorship;
import org.colloquium.reviews.domain.conflicts.ConflictRules;
import org.colloquium.reviews.domain.conflicts.EmailDomains;
import org.colloquium.reviews.domain.conflicts.FoundConflict;
import org.colloquium.reviews.domain.conflicts.Person;
import org.colloquium.reviews.domain.conflicts.SubmissionPeople;
import org.colloquium.submissions.api.SubmissionChanged;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionSubmitted;

/**
 * Finds the automatic conflicts of interest of an event's committee with its submissions and keeps
 * them in the database, so that every list, count and check reads them with one query. Runs for the
 * whole event when its review is set up and before an assignment is computed, and for one
 * submission or one member after each change (after the change's commit, so that a failure here
 * never costs an author their submission).
 *
 * <p>Pairs are not tried one by one: every person gets keys (address, institution domain,
 * normalised affiliation, co-authors' addresses), and only pairs sharing a key go through {@link
 * ConflictRules}, so an event of 20,000 submissions and 10,000 reviewers costs what its authors
 * cost, not their product.
 */
@ApplicationScoped
public class ConflictFinder {

  private static final Logger LOG = Logger.getLogger(ConflictFinder.class.getName());

  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject AccountDirectory accounts;
  @Inject ConflictRepository conflicts;
  @Inject ReviewSetupRepository setups;
  @Inject Clock clock;

  /** This bean through its proxy, so that each batch gets its own transaction. */
  @Inject ConflictFinder self;

  /**
   * After a commit the finding runs on a thread of its own: in the committing thread's
   * after-completion phase the server hands out no database connection.
   */
  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  /** Finds the event's automatic conflicts again; declared and pinned ones stay. */
  @Transactional
  public int refreshEvent(Long eventId) {
    return refreshEvent(eventId, submissions.submitted(eventId));
  }

  /** As {@link #refreshEvent(Long)}, with the event's handed-in submissions read already. */
  @Transactional
  public int refreshEvent(Long eventId, List<SubmissionRecord> submitted) {
    return refresh(eventId, submitted, true);
  }

  /** How many pending refreshes one transaction of the sweep takes. */
  static final int SWEEP_BATCH = 50;

  /**
   * A change that calls for finding conflicts again records so in its own transaction: the finding
   * happens after the commit (it must never cost an author their submission), and a node that dies
   * between the commit and the finding leaves the record for another node's {@link
   * ConflictRefreshJob}.
   */
  void submitted(@Observes SubmissionSubmitted event) {
    mark(event.eventId(), event.submissionId());
  }

  void changed(@Observes SubmissionChanged event) {
    if (event.submitted()) {
      mark(event.eventId(), event.submissionId());
    }
  }

  void memberAdded(@Observes CommitteeMemberAdded event) {
    mark(event.eventId(), null);
  }

  private void mark(Long eventId, Long submissionId) {
    if (setups.find(eventId).isPresent()) {
      conflicts.markPending(eventId, submissionId, clock.instant());
    }
  }

  /**
   * Once the change is committed, this node finds the conflicts at once, on a thread of its own.
   */
  void afterSubmitted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionSubmitted event) {
    sweepSoon();
  }

  void afterChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionChanged event) {
    if (event.submitted()) {
      sweepSoon();
    }
  }

  void afterMemberAdded(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CommitteeMemberAdded event) {
    sweepSoon();
  }

  /**
   * Finds the conflicts recorded as pending, a batch per transaction, until none is left that no
   * other node holds; how many records were done. When a batch fails, the records are taken one
   * event at a time, so that one event whose finding keeps failing (it stays pending, and is
   * logged) does not hold back every other event's.
   */
  public int sweepPending() {
    int done = 0;
    while (true) {
      int batch;
      try {
        batch = self.sweepBatch();
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not find the conflicts of interest of a batch of changes; one event at a time",
            e);
        return done + sweepEventByEvent();
      }
      if (batch == 0) {
        return done;
      }
      done += batch;
    }
  }

  private int sweepEventByEvent() {
    int done = 0;
    for (Long eventId : self.pendingEvents()) {
      try {
        for (int batch = self.sweepEvent(eventId); batch > 0; batch = self.sweepEvent(eventId)) {
          done += batch;
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not find the conflicts of interest of event " + eventId + "; still pending",
            e);
      }
    }
    return done;
  }

  /** One batch of {@link #sweepPending()}, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sweepBatch() {
    return sweep(conflicts.claimPending(SWEEP_BATCH));
  }

  /** The events with pending refreshes, for the sweep event by event. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> pendingEvents() {
    return conflicts.pendingEvents();
  }

  /** One batch of one event's pending refreshes, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sweepEvent(Long eventId) {
    return sweep(conflicts.claimPending(eventId, SWEEP_BATCH));
  }

  private int sweep(List<Object[]> rows) {
    Set<Long> wholeEvents = new HashSet<>();
    Map<Long, Set<Long>> submissionsByEvent = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    for (Object[] row : rows) {
      ids.add(((Number) row[0]).longValue());
      Long eventId = ((Number) row[1]).longValue();
      if (row[2] == null) {
        wholeEvents.add(eventId);
      } else {
        submissionsByEvent
            .computeIfAbsent(eventId, k -> new LinkedHashSet<>())
            .add(((Number) row[2]).longValue());
      }
    }
    for (Long eventId : wholeEvents) {
      if (setups.find(eventId).isPresent()) {
        refreshEvent(eventId);
      }
    }
    submissionsByEvent.forEach(
        (eventId, submissionIds) -> {
          if (!wholeEvents.contains(eventId) && setups.find(eventId).isPresent()) {
            List<SubmissionRecord> scope = new ArrayList<>();
            submissionIds.forEach(id -> submissions.find(id).ifPresent(scope::add));
            refresh(eventId, scope, false);
          }
        });
    conflicts.donePending(ids);
    return ids.size();
  }

  private void sweepSoon() {
    Runnable guarded =
        () -> {
          try {
            self.sweepPending();
          } catch (RuntimeException e) {
            // Still pending: the timed job tries again.
            LOG.log(Level.WARNING, "Could not find the conflicts of interest after a change", e);
          }
        };
    try {
      executor.execute(guarded);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not start finding the conflicts of interest after a change", e);
    }
  }

  /**
   * Finds the conflicts of the submissions in scope again and makes the stored ones match: those no
   * longer found go, new ones come, those found again stay as they were (with when they were first
   * found). Writing only the difference keeps a refresh of a large event cheap.
   */
  private int refresh(Long eventId, Collection<SubmissionRecord> scope, boolean wholeEvent) {
    Map<Long, AccountRecord> committee = committee(eventId);
    Map<FoundKey, ReviewConflict> before = new HashMap<>();
    for (ReviewConflict c :
        conflicts.foundOf(
            eventId, wholeEvent ? null : scope.stream().map(SubmissionRecord::id).toList())) {
      before.put(new FoundKey(c.submissionId(), c.accountId(), c.kind()), c);
    }
    Found found = new Found(before);
    if (!committee.isEmpty() && !scope.isEmpty()) {
      find(eventId, scope, committee, found);
    }
    before.values().forEach(conflicts::remove);
    return found.count;
  }

  private record FoundKey(Long submissionId, Long accountId, ConflictKind kind) {}

  /** The conflicts found by a refresh, written only where they differ from those stored. */
  private final class Found {
    private final Map<FoundKey, ReviewConflict> before;
    private int count;

    Found(Map<FoundKey, ReviewConflict> before) {
      this.before = before;
    }

    void add(ReviewConflict conflict) {
      count++;
      ReviewConflict stored =
          before.remove(
              new FoundKey(conflict.submissionId(), conflict.accountId(), conflict.kind()));
      if (stored == null) {
        conflicts.add(conflict);
      } else if (!java.util.Objects.equals(stored.detail(), conflict.detail())) {
        stored.redescribe(conflict.detail());
      }
    }
  }

  private void find(
      Long eventId,
      Collection<SubmissionRecord> scope,
      Map<Long, AccountRecord> committee,
      Found found) {
    Instant now = clock.instant();
    declaredByAuthors(eventId, scope, committee.keySet(), now, found);
    Map<Long, Person> reviewers = new HashMap<>();
    committee.forEach((id, account) -> reviewers.put(id, person(account)));
    // Who wrote with whom: every submission in the system a committee member or an author wrote.
    Set<String> emails = new HashSet<>();
    reviewers.values().forEach(p -> emails.add(p.email()));
    List<SubmissionRecord> theirs = submissions.authoredBy(emails);
    CoAuthorship coAuthorship =
        CoAuthorship.of(theirs.stream().map(ConflictFinder::people).toList());
    Map<String, Set<String>> coAuthorsOf = new HashMap<>();
    for (SubmissionRecord s : theirs) {
      for (var a : s.authors()) {
        for (var b : s.authors()) {
          coAuthorsOf.computeIfAbsent(lower(a.email()), k -> new HashSet<>()).add(lower(b.email()));
        }
      }
    }
    Map<String, Set<Long>> byKey = new HashMap<>();
    reviewers.forEach(
        (id, p) -> {
          for (String key : keys(p)) {
            byKey.computeIfAbsent(key, k -> new HashSet<>()).add(id);
          }
          for (String co : coAuthorsOf.getOrDefault(p.email(), Set.of())) {
            byKey.computeIfAbsent("mail:" + co, k -> new HashSet<>()).add(id);
          }
        });
    for (SubmissionRecord s : scope) {
      SubmissionPeople people = people(s);
      Set<Long> candidates = new LinkedHashSet<>();
      if (committee.containsKey(s.submitterId())) {
        candidates.add(s.submitterId());
      }
      for (Person author : people.authors()) {
        for (String key : keys(author)) {
          candidates.addAll(byKey.getOrDefault(key, Set.of()));
        }
      }
      for (Long reviewerId : candidates) {
        Person reviewer = reviewers.get(reviewerId);
        List<FoundConflict> reasons =
            new ArrayList<>(ConflictRules.between(reviewer, people, coAuthorship));
        if (reviewerId.equals(s.submitterId())
            && reasons.stream().noneMatch(r -> r.kind() == ConflictKind.IS_AUTHOR)) {
          reasons.add(new FoundConflict(ConflictKind.IS_AUTHOR, reviewer.fullName()));
        }
        Set<Object> kinds = new HashSet<>();
        for (FoundConflict reason : reasons) {
          if (kinds.add(reason.kind())) {
            found.add(
                new ReviewConflict(
                    eventId, s.id(), reviewerId, reason.kind(), reason.detail(), now));
          }
        }
      }
    }
  }

  /**
   * The conflicts the authors declared on the abstract form, with their reason, for the members
   * still on the committee: kept as found rows, so that they hold wherever the others do.
   */
  private void declaredByAuthors(
      Long eventId,
      Collection<SubmissionRecord> scope,
      Set<Long> committee,
      Instant now,
      Found found) {
    Map<Long, Map<Long, String>> declared = submissions.declaredConflicts(eventId);
    for (SubmissionRecord s : scope) {
      for (var entry : declared.getOrDefault(s.id(), Map.of()).entrySet()) {
        if (committee.contains(entry.getKey())) {
          found.add(
              new ReviewConflict(
                  eventId,
                  s.id(),
                  entry.getKey(),
                  ConflictKind.DECLARED_BY_AUTHOR,
                  entry.getValue(),
                  now));
        }
      }
    }
  }

  /**
   * Everyone of the event's committee who could review or decide: reviewers, chairs, organisers.
   */
  private Map<Long, AccountRecord> committee(Long eventId) {
    Set<Long> ids = new LinkedHashSet<>();
    for (EventRole role : EventRole.values()) {
      ids.addAll(events.membersWith(eventId, role));
    }
    return accounts.byIds(ids);
  }

  private static Person person(AccountRecord account) {
    return new Person(
        account.id(),
        lower(account.email().value()),
        account.fullName(),
        account.profile() == null ? null : account.profile().affiliation());
  }

  private static SubmissionPeople people(SubmissionRecord s) {
    return new SubmissionPeople(
        s.id(),
        s.authors().stream()
            .map(a -> new Person(null, lower(a.email()), a.fullName(), a.affiliation()))
            .toList());
  }

  private static List<String> keys(Person p) {
    List<String> keys = new ArrayList<>();
    keys.add("mail:" + p.email());
    EmailDomains.institution(p.email()).ifPresent(d -> keys.add("domain:" + d));
    Affiliations.normalise(p.affiliation()).ifPresent(a -> keys.add("affiliation:" + a));
    return keys;
  }

  private static String lower(String email) {
    return email == null ? "" : email.toLowerCase(Locale.ROOT);
  }
}
