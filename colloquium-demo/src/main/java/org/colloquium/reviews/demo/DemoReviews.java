package org.colloquium.reviews.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.demo.DemoEvents;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.api.ReviewSetupView;
import org.colloquium.reviews.api.ReviewSetups;
import org.colloquium.reviews.api.SetupChange;

/**
 * The annual conference's review, scheduled from its call: bidding the day after the abstract
 * deadline, reviewing a week later for two weeks, a week of discussion, a week of decisions, and
 * notification on the call's notification date. The past conference's review of 2023 ran in the two
 * weeks between its deadline and its notification; {@link DemoPastReview} fills it in. The default
 * form comes with each setup.
 */
@ApplicationScoped
public class DemoReviews implements DemoContent {

  @Inject ReviewSetups setups;
  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void load() {
    Long organiser =
        accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow().id();
    var event = events.findBySlug(DemoEvents.ANNUAL_CONFERENCE).orElseThrow();
    CallRecord call = events.callOf(event.id()).orElseThrow();
    ZoneId zone = event.schedule().zone();
    ReviewSetupView setup = setups.setup(organiser, DemoEvents.ANNUAL_CONFERENCE);
    Instant deadline = call.abstractDeadline();
    Instant notification =
        call.dates().notificationAt() == null
            ? deadline.plus(35, ChronoUnit.DAYS)
            : call.dates().notificationAt();
    List<Instant> starts =
        List.of(
            deadline.plus(1, ChronoUnit.DAYS),
            deadline.plus(8, ChronoUnit.DAYS),
            deadline.plus(22, ChronoUnit.DAYS),
            deadline.plus(29, ChronoUnit.DAYS),
            notification);
    List<SetupChange.PhaseChange> phases = new ArrayList<>();
    for (PhaseKind kind : PhaseKind.values()) {
      LocalDateTime start =
          LocalDateTime.ofInstant(starts.get(kind.ordinal()), zone).truncatedTo(ChronoUnit.HOURS);
      phases.add(
          new SetupChange.PhaseChange(kind, start.toString(), false, PhaseRules.defaultsFor(kind)));
    }
    setups.change(
        organiser, DemoEvents.ANNUAL_CONFERENCE, new SetupChange(setup.version(), 3, 0, 8, phases));
    if (events.findBySlug(DemoEvents.PAST_CONFERENCE).isPresent()) {
      schedulePast(organiser);
    }
  }

  private void schedulePast(Long organiser) {
    ReviewSetupView setup = setups.setup(organiser, DemoEvents.PAST_CONFERENCE);
    List<String> starts =
        List.of(
            "2023-09-16T09:00",
            "2023-09-18T09:00",
            "2023-09-25T09:00",
            "2023-09-27T09:00",
            "2023-09-29T12:00");
    List<SetupChange.PhaseChange> phases = new ArrayList<>();
    for (PhaseKind kind : PhaseKind.values()) {
      phases.add(
          new SetupChange.PhaseChange(
              kind, starts.get(kind.ordinal()), false, PhaseRules.defaultsFor(kind)));
    }
    setups.change(
        organiser,
        DemoEvents.PAST_CONFERENCE,
        new SetupChange(setup.version(), DemoPastReview.REVIEWS_PER_SUBMISSION, 0, 8, phases));
  }
}
