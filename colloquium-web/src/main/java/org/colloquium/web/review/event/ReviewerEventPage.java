package org.colloquium.web.review.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AssignedReview;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.api.BidFilter;
import org.colloquium.reviews.api.BiddingView;
import org.colloquium.reviews.api.ReviewerDesk;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /review/events/{slug}: what is assigned to the reviewer, their bids on the submissions they are
 * not conflicted with, and their topics of interest.
 */
@Named
@ViewScoped
public class ReviewerEventPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String BIDS = "bids";
  static final String INTERESTS = "interests";

  @Inject ReviewerDesk desk;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private BiddingView bidding;
  private List<AssignedReview> assigned;

  /** The bid chosen per submission number, as the form holds it. */
  private final Map<Integer, Bid> bids = new HashMap<>();

  private List<Long> tracks = new ArrayList<>();
  private String keywords;

  /** The list's filter, from the address: a track, words, a page from 0. */
  private Long filterTrack;

  private String words;
  private int page;

  public void load() {
    if (bidding == null) {
      refresh();
      tracks = new ArrayList<>(bidding.myTracks());
      keywords = String.join("\n", bidding.myKeywords());
    }
  }

  private void refresh() {
    bidding =
        desk.bidding(
            signedIn.accountId(),
            slug,
            new BidFilter(filterTrack, words, page, BidFilter.DEFAULT_SIZE));
    assigned = desk.assigned(signedIn.accountId(), slug);
    bids.clear();
    bidding.rows().forEach(r -> bids.put(r.submission().number(), r.bid()));
  }

  /** Saves the bids that changed. */
  public void saveBids() {
    Map<Integer, Bid> before = new HashMap<>();
    bidding.rows().forEach(r -> before.put(r.submission().number(), r.bid()));
    try {
      int changed = 0;
      for (var entry : bids.entrySet()) {
        if (entry.getValue() != null && entry.getValue() != before.get(entry.getKey())) {
          desk.bid(signedIn.accountId(), slug, entry.getKey(), entry.getValue());
          changed++;
        }
      }
      Messages.addGlobalInfo("review.bids.saved", changed);
    } catch (ValidationException e) {
      feedback.show(e, BIDS);
      return;
    }
    backHere();
  }

  public void saveInterests() {
    List<String> words = keywords == null ? List.of() : Arrays.asList(keywords.split("\\R|,"));
    try {
      desk.interests(signedIn.accountId(), slug, new HashSet<>(tracks), words);
    } catch (ValidationException e) {
      feedback.show(e, INTERESTS);
      return;
    }
    Messages.addGlobalInfo("review.interests.saved");
    backHere();
  }

  private void backHere() {
    Faces.getFlash().setKeepMessages(true);
    // OmniFaces formats the address as a pattern: the encoded words' "%" must be doubled.
    Faces.redirect(listAddress(bidding.filter().page()).substring(1).replace("%", "%%"));
  }

  /** This page's address with the list's filter and {@code page}, for links and redirects. */
  public String listAddress(int page) {
    StringBuilder query = new StringBuilder();
    if (filterTrack != null) {
      query.append("&track=").append(filterTrack);
    }
    if (words != null && !words.isBlank()) {
      query.append("&q=").append(URLEncoder.encode(words.strip(), StandardCharsets.UTF_8));
    }
    if (page > 0) {
      query.append("&page=").append(page);
    }
    String path = "/review/events/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    return query.isEmpty() ? path : path + "?" + query.substring(1);
  }

  public Long getFilterTrack() {
    return filterTrack;
  }

  public void setFilterTrack(Long filterTrack) {
    this.filterTrack = filterTrack;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Bid[] getBidChoices() {
    return Bid.values();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public BiddingView getBidding() {
    return bidding;
  }

  public List<AssignedReview> getAssigned() {
    return assigned;
  }

  public Map<Integer, Bid> getBids() {
    return bids;
  }

  public List<Long> getTracks() {
    return tracks;
  }

  public void setTracks(List<Long> tracks) {
    this.tracks = tracks;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }
}
