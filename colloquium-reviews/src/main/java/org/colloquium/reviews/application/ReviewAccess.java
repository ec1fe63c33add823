package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.domain.PhaseEntry;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.form.DefaultReviewForm;
import org.colloquium.reviews.domain.phase.PhasePlan;
import org.colloquium.reviews.domain.phase.PhaseSlot;

/**
 * Who may do what in an event's review, in one place: the event and its call by slug, the actor's
 * role, the review's setup (created with the defaults on first use) and the phase in effect.
 */
@ApplicationScoped
public class ReviewAccess {

  @Inject EventDirectory events;
  @Inject ReviewSetupRepository setups;
  @Inject Clock clock;
  @Inject ConflictFinder finder;

  /** An event with a call for papers and its review, as one service method works on it. */
  public record ReviewContext(
      EventRecord event, CallRecord call, ReviewSetup setup, Set<Long> chairedTracks) {

    /** The whole event's review: an organiser's, or the server's own. */
    public ReviewContext(EventRecord event, CallRecord call, ReviewSetup setup) {
      this(event, call, setup, null);
    }

    public Long eventId() {
      return event.id();
    }

    /** Whether the actor sees the whole event (an organiser) rather than the tracks they chair. */
    public boolean wholeEvent() {
      return chairedTracks == null;
    }

    /** Whether a submission of this track is within the actor's reach. */
    public boolean covers(Long trackId) {
      return chairedTracks == null || (trackId != null && chairedTracks.contains(trackId));
    }

    public ZoneId zone() {
      return event.schedule().zone();
    }
  }

  /**
   * @throws NotFoundException without such an event or a call
   * @throws AccessDeniedException unless the actor organises the event
   */
  public ReviewContext organised(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    return context(event, slug);
  }

  /**
   * For the event's organisers (the whole event) and its track chairs (the tracks they chair): the
   * assignment by hand. Others get a 404, as on the reviewers' pages.
   */
  public ReviewContext managed(Long actorId, String slug) {
    EventRecord event = events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
    if (events.isAdministrator(actorId)
        || events.roles(actorId, event.id()).contains(EventRole.ORGANISER)) {
      return organised(actorId, slug);
    }
    Set<Long> chaired = events.chairedTracks(event.id(), actorId);
    if (chaired.isEmpty() || !isMember(actorId, event.id())) {
      throw new NotFoundException(slug);
    }
    CallRecord call = events.callOf(event.id()).orElseThrow(() -> new NotFoundException(slug));
    return new ReviewContext(event, call, setupOf(event.id()), Set.copyOf(chaired));
  }

  private boolean isMember(Long actorId, Long eventId) {
    return !events.roles(actorId, eventId).isEmpty();
  }

  /**
   * For the event's reviewers (and track chairs): others get a 404, so that the page does not even
   * say the review exists.
   */
  public ReviewContext reviewing(Long actorId, String slug) {
    EventRecord event = events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
    if (!isReviewer(actorId, event.id())) {
      throw new NotFoundException(slug);
    }
    return context(event, slug);
  }

  public boolean isReviewer(Long actorId, Long eventId) {
    Set<EventRole> roles = events.roles(actorId, eventId);
    return roles.contains(EventRole.REVIEWER) || roles.contains(EventRole.TRACK_CHAIR);
  }

  /** The event's review context for the server's own work (jobs), with no actor to check. */
  public Optional<ReviewContext> ofEvent(Long eventId) {
    return events
        .find(eventId)
        .flatMap(
            event ->
                events
                    .callOf(eventId)
                    .map(call -> new ReviewContext(event, call, setupOf(eventId))));
  }

  private ReviewContext context(EventRecord event, String slug) {
    CallRecord call = events.callOf(event.id()).orElseThrow(() -> new NotFoundException(slug));
    return new ReviewContext(event, call, setupOf(event.id()));
  }

  /** The event's setup; the defaults and the default form the first time. */
  public ReviewSetup setupOf(Long eventId) {
    return setups
        .find(eventId)
        .orElseGet(
            () -> {
              ReviewSetup created = new ReviewSetup(eventId);
              setups.add(created);
              setups.flush();
              int position = 1;
              for (var spec : DefaultReviewForm.criteria()) {
                setups.add(new ReviewCriterion(eventId, position++, spec));
              }
              finder.refreshEvent(eventId);
              return created;
            });
  }

  /** The phase in effect now; empty before the first phase starts. */
  public Optional<PhaseKind> currentPhase(ReviewContext context) {
    return currentPhase(context.setup(), context.zone(), clock.instant());
  }

  /**
   * The scheduled phase, unless a phase was switched to by hand after the scheduled one began: the
   * hand's choice holds until a later phase's start passes.
   */
  static Optional<PhaseKind> currentPhase(ReviewSetup setup, ZoneId zone, Instant now) {
    List<PhaseSlot> slots = new ArrayList<>();
    Instant lastStart = null;
    for (PhaseEntry p : setup.phases()) {
      LocalDateTime local =
          p.startsAt() == null ? null : LocalDateTime.ofInstant(p.startsAt(), zone);
      slots.add(new PhaseSlot(p.kind(), local, p.skipped()));
      if (!p.skipped() && p.startsAt() != null && !p.startsAt().isAfter(now)) {
        lastStart = lastStart == null || p.startsAt().isAfter(lastStart) ? p.startsAt() : lastStart;
      }
    }
    Optional<PhaseKind> scheduled = PhasePlan.of(slots, zone).scheduledAt(now);
    Optional<PhaseKind> manual = setup.manualPhase();
    if (manual.isPresent()
        && (lastStart == null || !setup.manualPhaseAt().orElseThrow().isBefore(lastStart))) {
      return manual;
    }
    return scheduled;
  }

  /** What the phase in effect allows; nothing before the review starts. */
  public PhaseRules rules(ReviewContext context) {
    return currentPhase(context).map(kind -> context.setup().phase(kind).rules()).orElse(NOTHING);
  }

  static final PhaseRules NOTHING =
      new PhaseRules(
          false,
          false,
          org.colloquium.reviews.api.OtherReviews.NEVER,
          false,
          false,
          false,
          false,
          false);

  public Instant now() {
    return clock.instant();
  }
}
