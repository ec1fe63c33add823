package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.CallRepository;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.publicpages.PublicPageSchedule;

/**
 * When the public pages of events and calls change by themselves: a call opens, its deadline or
 * grace period passes, an event starts or ends.
 */
@ApplicationScoped
@Transactional
public class EventsPublicSchedule implements PublicPageSchedule {

  /** A call's latest moment can lie this far after its deadline: the longest grace period. */
  private static final Duration LONGEST_GRACE = Duration.ofMinutes(CallDates.MAX_GRACE_MINUTES);

  @Inject CallRepository calls;
  @Inject EventRepository events;

  @Override
  public Optional<Instant> nextChangeAfter(Instant now) {
    Optional<Instant> call =
        calls.withMomentsAfter(now.minus(LONGEST_GRACE)).stream()
            .map(CallForPapers::dates)
            .map(dates -> dates.nextMomentAfter(now))
            .flatMap(Optional::stream)
            .min(Instant::compareTo);
    return Stream.of(call, events.firstStartOrEndAfter(now))
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }
}
