package org.colloquium.reviews.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.ServedFile;

/**
 * What a reviewer does: bid, declare conflicts and interests, read what is assigned to them and
 * write their reviews. Every method checks that the actor reviews for the event (others get a 404)
 * and that the phase in effect allows it; a submission the reviewer is conflicted with does not
 * exist for them.
 */
public interface ReviewerDesk {

  /** The events the actor reviews for, with the phase in effect and their progress. */
  List<ReviewerEvent> events(Long actorId);

  /** The submissions the actor may bid on, as the filter asks (a page of them). */
  BiddingView bidding(Long actorId, String slug, BidFilter filter);

  /**
   * Bids on a submission; {@link Bid#CONFLICT} declares a conflict instead (the submission then
   * leaves the reviewer's lists).
   *
   * @throws org.colloquium.kernel.validation.ValidationException outside the bidding phase
   */
  void bid(Long actorId, String slug, int number, Bid bid);

  /** The reviewer's topics: tracks of the event and keywords (one per entry). */
  void interests(Long actorId, String slug, Set<Long> trackIds, List<String> keywords);

  List<AssignedReview> assigned(Long actorId, String slug);

  /**
   * @throws org.colloquium.kernel.access.NotFoundException unless the submission is assigned to the
   *     actor (and they are not conflicted with it)
   */
  ReviewSheetView sheet(Long actorId, String slug, int number);

  /**
   * Saves the answers as a draft, or submits them ({@code submit}); a submitted review can be
   * changed while the phase lets reviewers review.
   *
   * @param version the version the reviewer started from
   * @throws org.colloquium.kernel.validation.ValidationException for answers off the form, missing
   *     required ones on submitting, or a change saved meanwhile (from another window)
   */
  ReviewSheetView save(
      Long actorId,
      String slug,
      int number,
      Map<String, String> answers,
      int version,
      boolean submit);

  /**
   * The submission's PDF for the reviewer it is assigned to, without its metadata and named after
   * the event and the number ({@code annual-conference-iii-12.pdf}), never the author's file name.
   *
   * @return empty when the server is too busy to strip the metadata now (the reviewer tries again);
   *     the original bytes are never served instead
   * @throws org.colloquium.kernel.access.NotFoundException without such an assignment or a PDF
   */
  Optional<ServedFile> file(Long actorId, String slug, int number);

  /** Gives an assignment back with a reason; the organisers are told. */
  void decline(Long actorId, String slug, int number, String reason);
}
