package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionStatistics;
import org.colloquium.submissions.api.SubmissionStatisticsView;
import org.colloquium.submissions.domain.DailyCounts;
import org.colloquium.submissions.domain.SubmissionRepository;

/** The module's implementation of {@link SubmissionStatistics}. */
@ApplicationScoped
@Transactional
public class DefaultSubmissionStatistics implements SubmissionStatistics {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Inject EventDirectory events;
  @Inject SubmissionRepository submissions;
  @Inject Clock clock;

  @Override
  public SubmissionStatisticsView of(Long actorId, String eventSlug) {
    EventRecord event = events.manageable(actorId, eventSlug);
    ZoneId zone = event.schedule().zone();
    CallRecord call = events.callOf(event.id()).orElse(null);
    // One row per submission: the presenting author's country, else the first author's.
    List<Object[]> rows =
        em.createQuery(
                "select s.id, s.state, s.submittedAt, s.trackId, s.presentationTypeId, a.country"
                    + " from Submission s"
                    + " left join SubmissionAuthor a on a.submission = s"
                    + " and (a.presenting = 'Y' or a.position = 1)"
                    + " where s.eventId = :event and s.state <> :draft"
                    + " order by s.id, a.position desc",
                Object[].class)
            .setParameter("event", event.id())
            .setParameter("draft", SubmissionState.DRAFT)
            .getResultList();
    List<Instant> handedIn = new ArrayList<>();
    Map<Long, Long> byTrack = new LinkedHashMap<>();
    Map<Long, Long> byType = new LinkedHashMap<>();
    Map<String, Long> byCountry = new LinkedHashMap<>();
    long withdrawn = 0;
    Long previous = null;
    for (Object[] row : rows) {
      // A submission whose presenting author is not the first comes twice; the presenting row
      // (the higher position, ordered first) counts.
      if (row[0].equals(previous)) {
        continue;
      }
      previous = (Long) row[0];
      if (row[1] == SubmissionState.WITHDRAWN) {
        withdrawn++;
        continue;
      }
      handedIn.add((Instant) row[2]);
      byTrack.merge((Long) row[3], 1L, Long::sum);
      byType.merge((Long) row[4], 1L, Long::sum);
      byCountry.merge((String) row[5], 1L, Long::sum);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate from = call == null ? today : LocalDate.ofInstant(call.opensAt(), zone);
    LocalDate to = call == null ? today : LocalDate.ofInstant(call.abstractDeadline(), zone);
    return new SubmissionStatisticsView(
        zone,
        call == null ? null : call.abstractDeadline(),
        handedIn.size(),
        withdrawn,
        DailyCounts.of(handedIn, zone, from, to).stream()
            .map(d -> new SubmissionStatisticsView.Bar(d.date().toString(), d.count()))
            .toList(),
        named(events.tracks(event.id()), byTrack),
        named(events.presentationTypes(event.id()), byType),
        byCountry.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(e -> e.getKey() == null ? "~" : e.getKey()))
            .map(e -> new SubmissionStatisticsView.Bar(e.getKey(), e.getValue()))
            .toList());
  }

  /** The choices in their order, each with its count (zero included); a null label for "none". */
  private static List<SubmissionStatisticsView.Bar> named(
      List<Choice> choices, Map<Long, Long> counts) {
    List<SubmissionStatisticsView.Bar> bars = new ArrayList<>();
    for (Choice c : choices) {
      bars.add(new SubmissionStatisticsView.Bar(c.name(), counts.getOrDefault(c.id(), 0L)));
    }
    long unknown =
        counts.entrySet().stream()
            .filter(
                e ->
                    e.getKey() == null
                        || choices.stream().noneMatch(c -> c.id().equals(e.getKey())))
            .mapToLong(Map.Entry::getValue)
            .sum();
    if (unknown > 0) {
      bars.add(new SubmissionStatisticsView.Bar(null, unknown));
    }
    return bars;
  }
}
