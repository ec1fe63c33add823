package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;
import org.colloquium.events.api.Choice;

/**
 * The organisers' view of an event's review: per submission its reviews' scores and the decision,
 * per reviewer the progress, the distribution of the submissions' mean scores, and the reviews
 * handed in over time.
 *
 * @param phase the phase in effect; null before the review starts
 * @param rows the page of submissions asked for
 * @param matching how many submissions match the filter (all pages)
 * @param histogram submissions by mean score in ten bands of 10 points (0–9, …, 90–100)
 * @param overTime reviews handed in day by day, the last weeks up to today
 * @param assigned the assignments not declined, the reviews the event waits for in all
 * @param pending decisions the authors have not been notified of
 * @param undecided submissions without a decision (the conflicted ones included)
 * @param authorOf numbers of submissions the organiser looking is an author of
 * @param othersMayDecide whether another organiser of the event can decide those
 */
public record DecisionDashboard(
    String slug,
    String eventTitle,
    PhaseKind phase,
    boolean mayDecide,
    boolean mayNotify,
    List<DashboardRow> rows,
    int matching,
    int total,
    List<ReviewerProgressRow> reviewers,
    List<Integer> histogram,
    List<DayProgress> overTime,
    int assigned,
    int pending,
    int undecided,
    List<Choice> tracks,
    List<Choice> types,
    List<Integer> authorOf,
    boolean othersMayDecide)
    implements Serializable {

  public DecisionDashboard {
    rows = List.copyOf(rows);
    reviewers = List.copyOf(reviewers);
    histogram = List.copyOf(histogram);
    overTime = List.copyOf(overTime);
    tracks = List.copyOf(tracks);
    types = List.copyOf(types);
    authorOf = List.copyOf(authorOf);
  }
}
