package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.kernel.time.WallClockText;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseView;
import org.colloquium.reviews.api.ReviewSetupView;
import org.colloquium.reviews.api.ReviewSetups;
import org.colloquium.reviews.api.SetupChange;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.PhaseEntry;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.form.FormRules;
import org.colloquium.reviews.domain.form.Scoring;

/** The module's implementation of {@link ReviewSetups}. */
@ApplicationScoped
@Transactional
public class DefaultReviewSetups implements ReviewSetups {

  /** The most reviews a submission may ask for. */
  static final int MAX_REVIEWS = 20;

  /** The most submissions one reviewer may carry. */
  static final int MAX_LOAD = 1000;

  /** Reminders go out at most this many days before reviews are due. */
  static final int MAX_REMIND_DAYS = 30;

  @Inject ReviewAccess access;
  @Inject ReviewSetupRepository setups;
  @Inject ReviewRepository reviews;

  @Override
  public ReviewSetupView setup(Long actorId, String slug) {
    return view(access.organised(actorId, slug));
  }

  @Override
  public ReviewSetupView change(Long actorId, String slug, SetupChange change) {
    ReviewContext context = access.organised(actorId, slug);
    ReviewSetup setup = context.setup();
    List<Problem> problems = new ArrayList<>();
    if (change.version() != setup.version()) {
      problems.add(Problem.global("reviews.setup.changedMeanwhile"));
    }
    if (change.reviewsPerSubmission() < 1 || change.reviewsPerSubmission() > MAX_REVIEWS) {
      problems.add(Problem.of("reviewsPerSubmission", "reviews.setup.reviewsRange", MAX_REVIEWS));
    }
    if (change.minLoad() < 0 || change.minLoad() > MAX_LOAD) {
      problems.add(Problem.of("minLoad", "reviews.setup.loadRange", MAX_LOAD));
    }
    if (change.maxLoad() < 1 || change.maxLoad() > MAX_LOAD) {
      problems.add(Problem.of("maxLoad", "reviews.setup.loadRange", MAX_LOAD));
    } else if (change.minLoad() > change.maxLoad()) {
      problems.add(Problem.of("minLoad", "reviews.setup.minAboveMax"));
    }
    if (change.remindDaysBefore() < 0 || change.remindDaysBefore() > MAX_REMIND_DAYS) {
      problems.add(Problem.of("remindDaysBefore", "reviews.setup.remindRange", MAX_REMIND_DAYS));
    }
    Set<PhaseKind> seen = EnumSet.noneOf(PhaseKind.class);
    List<PhaseEntry> entries = new ArrayList<>();
    LocalDateTime previous = null;
    for (SetupChange.PhaseChange phase : change.phases()) {
      if (phase.kind() == null || !seen.add(phase.kind())) {
        problems.add(Problem.global("reviews.setup.phasesIncomplete"));
        continue;
      }
      String field = "start-" + phase.kind().name();
      Optional<LocalDateTime> typed = WallClockText.parse(phase.startsAt());
      if (typed.isEmpty() && phase.startsAt() != null && !phase.startsAt().isBlank()) {
        problems.add(Problem.of(field, "reviews.setup.badTime", phase.kind().ordinal() + 1));
      }
      if (!phase.skipped() && typed.isPresent()) {
        if (previous != null && !typed.get().isAfter(previous)) {
          problems.add(
              Problem.of(field, "reviews.setup.phasesOutOfOrder", phase.kind().ordinal() + 1));
        }
        previous = typed.get();
      }
      Instant start = typed.map(t -> t.atZone(context.zone()).toInstant()).orElse(null);
      entries.add(new PhaseEntry(phase.kind(), start, phase.skipped(), phase.rules()));
    }
    if (seen.size() != PhaseKind.values().length) {
      problems.add(Problem.global("reviews.setup.phasesIncomplete"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    entries.sort((a, b) -> a.kind().compareTo(b.kind()));
    setup.changeLoads(change.reviewsPerSubmission(), change.minLoad(), change.maxLoad());
    setup.remindDaysBefore(change.remindDaysBefore());
    setup.replacePhases(entries);
    setups.flush();
    return view(context);
  }

  @Override
  public ReviewSetupView switchTo(Long actorId, String slug, PhaseKind kind) {
    ReviewContext context = access.organised(actorId, slug);
    context.setup().switchTo(kind, access.now());
    setups.flush();
    return view(context);
  }

  @Override
  public ReviewSetupView changeForm(Long actorId, String slug, List<CriterionSpec> criteria) {
    ReviewContext context = access.organised(actorId, slug);
    Long eventId = context.eventId();
    List<ReviewCriterion> current = setups.form(eventId);
    ValidationException.throwIfAny(
        FormRules.check(
            criteria,
            current.stream().map(ReviewCriterion::spec).toList(),
            reviews.anyIn(eventId)));
    Map<String, ReviewCriterion> byKey = new HashMap<>();
    current.forEach(c -> byKey.put(c.key(), c));
    Set<String> kept = new HashSet<>();
    criteria.forEach(c -> kept.add(c.key()));
    for (ReviewCriterion c : current) {
      if (!kept.contains(c.key())) {
        setups.remove(c);
      }
    }
    setups.flush();
    int position = 1;
    for (CriterionSpec spec : criteria) {
      ReviewCriterion existing = byKey.get(spec.key());
      if (existing == null) {
        setups.add(new ReviewCriterion(eventId, position, spec));
      } else {
        existing.change(spec);
        existing.moveTo(position);
      }
      position++;
    }
    for (Review r : reviews.submittedWithAnswers(eventId)) {
      r.rescore(
          Scoring.weightedScore(criteria, r.answers()), Scoring.confidence(criteria, r.answers()));
    }
    setups.flush();
    return view(context);
  }

  private ReviewSetupView view(ReviewContext context) {
    ReviewSetup setup = context.setup();
    Optional<PhaseKind> current = access.currentPhase(context);
    List<PhaseView> phases =
        setup.phases().stream()
            .map(
                p ->
                    new PhaseView(
                        p.kind(),
                        p.startsAt() == null
                            ? null
                            : LocalDateTime.ofInstant(p.startsAt(), context.zone()),
                        p.skipped(),
                        p.rules(),
                        current.filter(c -> c == p.kind()).isPresent()))
            .toList();
    boolean manual = current.isPresent() && current.equals(setup.manualPhase());
    return new ReviewSetupView(
        context.event().slug().value(),
        context.event().title(),
        context.zone(),
        context.call().reviewMode(),
        setup.version(),
        setup.reviewsPerSubmission(),
        setup.minLoad(),
        setup.maxLoad(),
        setup.remindDaysBefore(),
        setup.reviewsDueAt().orElse(null),
        current.orElse(null),
        manual,
        phases,
        setups.form(context.eventId()).stream().map(ReviewCriterion::spec).toList());
  }
}
