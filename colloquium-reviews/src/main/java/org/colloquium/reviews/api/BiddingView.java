package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.ReviewMode;

/**
 * The submissions a reviewer may bid on (those they are not conflicted with), their bids, and their
 * topics of interest.
 *
 * @param mayBid whether the phase in effect takes bids
 * @param rows the page of submissions the filter asked for
 * @param filter what was asked for (the page brought into range)
 * @param matching how many submissions match the filter, on all pages
 * @param conflicts how many submissions are left out because of a conflict
 */
public record BiddingView(
    String slug,
    String eventTitle,
    ReviewMode mode,
    PhaseKind phase,
    boolean mayBid,
    List<Row> rows,
    BidFilter filter,
    int matching,
    List<Choice> tracks,
    Set<Long> myTracks,
    List<String> myKeywords,
    int conflicts)
    implements Serializable {

  public BiddingView {
    rows = List.copyOf(rows);
    tracks = List.copyOf(tracks);
    myTracks = Set.copyOf(myTracks);
    myKeywords = List.copyOf(myKeywords);
  }

  /** The number of the page's last row, from 1; 0 without rows. */
  public int lastShown() {
    return filter.page() * filter.size() + rows.size();
  }

  public boolean hasNextPage() {
    return lastShown() < matching;
  }

  /** One submission and the reviewer's bid on it (neutral when none). */
  public record Row(ForReviewer submission, Bid bid) implements Serializable {}
}
