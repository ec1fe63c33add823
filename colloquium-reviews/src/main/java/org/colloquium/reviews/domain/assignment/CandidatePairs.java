package org.colloquium.reviews.domain.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.domain.affinity.Affinity;

/**
 * The pairs of an event's automatic assignment, priced by bid and affinity ({@link Affinity}): each
 * submission offers the solver its cheapest allowed reviewers first, and keeps the rest back for
 * pricing ({@link LeftOutPairs}), so that the result stays optimal over every allowed pair while
 * the network holds a few dozen pairs per submission instead of one per reviewer.
 *
 * <p>The cheapest are found without pricing every pair: only bids and shared keywords make a cost
 * that differs between reviewers of one submission beyond two classes — reviewers interested in its
 * track and nothing else (neutral, affinity 50) and reviewers with nothing in common (neutral,
 * affinity 0), whose members cost the same. So a submission computes its bidders and the reviewers
 * sharing a keyword (through an index by keyword) and fills up from the two classes, each read from
 * a different place for each submission, so that loads spread. Pricing checks a class at once
 * against the highest reviewer price in it, and reads it one by one only when that bound fails.
 *
 * <p>A pair is allowed unless excluded (a conflict of interest, a pair declined or already
 * assigned) or outside the reviewer's pool (a reviewer with a pool reviews only submissions of
 * those tracks; a submission without a track is in no pool). Dense 0-based indexes; the caller maps
 * them to ids.
 */
public final class CandidatePairs implements LeftOutPairs {

  private static final long TRACK_ONLY = Affinity.cost(Bid.NEUTRAL, Affinity.value(true, 0));
  private static final long NOTHING = Affinity.cost(Bid.NEUTRAL, Affinity.value(false, 0));
  private static final long CEILING = Affinity.cost(Bid.RATHER_NOT, 0);

  private final int papers;
  private final int reviewers;
  private final int[] paperTrack;
  private final int[][] paperKeywords;
  private final int[][] reviewerTracks;
  private final int[][] reviewerPool;
  private final int[][] keywordsOfReviewer;
  private final int[][] bidReviewers;
  private final Bid[][] bidValues;
  private final int[][] excluded;
  private final int[][] byTrack;
  private final int[][] byKeyword;
  private final int perPaper;

  /** Per paper, the reviewers given to the solver (sorted); null before {@link #give}. */
  private int[][] given;

  // Scratch space of one paper at a time: which reviewers its bids and keywords reached.
  private final int[] touched;
  private final int[] stamp;
  private final int[] shared;
  private final Bid[] bidOf;

  private CandidatePairs(Builder b, int perPaper) {
    this.papers = b.papers;
    this.reviewers = b.reviewers;
    this.paperTrack = b.paperTrack;
    this.paperKeywords = b.paperKeywords;
    this.reviewerTracks = b.reviewerTracks;
    this.reviewerPool = b.reviewerPool;
    this.perPaper = perPaper;
    this.bidReviewers = new int[papers][];
    this.bidValues = new Bid[papers][];
    this.excluded = new int[papers][];
    for (int p = 0; p < papers; p++) {
      long[] bids = b.bids.get(p).stream().mapToLong(x -> x).sorted().toArray();
      bidReviewers[p] = new int[bids.length];
      bidValues[p] = new Bid[bids.length];
      for (int i = 0; i < bids.length; i++) {
        bidReviewers[p][i] = (int) (bids[i] >>> 8);
        bidValues[p][i] = Bid.values()[(int) (bids[i] & 0xFF)];
      }
      excluded[p] = b.excluded.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    this.keywordsOfReviewer = b.reviewerKeywords;
    this.byTrack = invert(reviewerTracks, b.tracks);
    this.byKeyword = invert(keywordsOfReviewer, b.keywords);
    this.touched = new int[reviewers];
    this.stamp = new int[reviewers];
    this.shared = new int[reviewers];
    this.bidOf = new Bid[reviewers];
  }

  public static Builder builder(int papers, int reviewers, int tracks, int keywords) {
    return new Builder(papers, reviewers, tracks, keywords);
  }

  private static int[][] invert(int[][] lists, int size) {
    int[] counts = new int[size];
    for (int[] list : lists) {
      for (int x : list) {
        counts[x]++;
      }
    }
    int[][] inverted = new int[size][];
    for (int i = 0; i < size; i++) {
      inverted[i] = new int[counts[i]];
    }
    int[] fill = new int[size];
    for (int r = 0; r < lists.length; r++) {
      for (int x : lists[r]) {
        inverted[x][fill[x]++] = r;
      }
    }
    return inverted;
  }

  /**
   * Offers each paper's cheapest allowed pairs (at most {@code perPaper}, given when built) to the
   * problem; the others stay for pricing.
   */
  public void give(AssignmentProblem.Builder problem) {
    given = new int[papers][];
    for (int p = 0; p < papers; p++) {
      int[] chosen = choose(p);
      int[] reviewersOf = new int[chosen.length / 2];
      for (int i = 0; i < reviewersOf.length; i++) {
        reviewersOf[i] = chosen[2 * i];
        problem.allow(p, chosen[2 * i], chosen[2 * i + 1]);
      }
      Arrays.sort(reviewersOf);
      given[p] = reviewersOf;
    }
  }

  /** The cost of an allowed pair, whatever the class. */
  public long cost(int paper, int reviewer) {
    int count = 0;
    for (int k : paperKeywords[paper]) {
      if (Arrays.binarySearch(keywordsOfReviewer[reviewer], k) >= 0) {
        count++;
      }
    }
    Bid bid = Bid.NEUTRAL;
    int at = Arrays.binarySearch(bidReviewers[paper], reviewer);
    if (at >= 0) {
      bid = bidValues[paper][at];
    }
    return Affinity.cost(bid, Affinity.value(interested(paper, reviewer), count));
  }

  /** Whether the pair may be assigned at all. */
  public boolean isAllowed(int paper, int reviewer) {
    if (Arrays.binarySearch(excluded[paper], reviewer) >= 0) {
      return false;
    }
    int at = Arrays.binarySearch(bidReviewers[paper], reviewer);
    if (at >= 0 && bidValues[paper][at] == Bid.CONFLICT) {
      return false;
    }
    int[] pool = reviewerPool[reviewer];
    return pool.length == 0
        || (paperTrack[paper] >= 0 && Arrays.binarySearch(pool, paperTrack[paper]) >= 0);
  }

  private boolean interested(int paper, int reviewer) {
    return paperTrack[paper] >= 0
        && Arrays.binarySearch(reviewerTracks[reviewer], paperTrack[paper]) >= 0;
  }

  /**
   * Marks the reviewers the paper's bids and keywords reach (stamp), counting shared keywords, and
   * answers them with their costs, allowed ones only, cheapest first: {reviewer, cost} flattened.
   */
  private long[] reached(int p) {
    int mark = p + 1;
    int reached = 0;
    for (int k : paperKeywords[p]) {
      for (int r : byKeyword[k]) {
        if (stamp[r] != mark) {
          stamp[r] = mark;
          shared[r] = 0;
          bidOf[r] = Bid.NEUTRAL;
          touched[reached++] = r;
        }
        shared[r]++;
      }
    }
    for (int i = 0; i < bidReviewers[p].length; i++) {
      int r = bidReviewers[p][i];
      if (stamp[r] != mark) {
        stamp[r] = mark;
        shared[r] = 0;
        touched[reached++] = r;
      }
      bidOf[r] = bidValues[p][i];
    }
    long[] costed = new long[reached];
    int n = 0;
    for (int j = 0; j < reached; j++) {
      int r = touched[j];
      if (bidOf[r] == Bid.CONFLICT || !isAllowed(p, r)) {
        continue;
      }
      long cost = Affinity.cost(bidOf[r], Affinity.value(interested(p, r), shared[r]));
      costed[n++] = (cost << 32) | r;
    }
    costed = Arrays.copyOf(costed, n);
    Arrays.sort(costed);
    return costed;
  }

  /** Up to {@code perPaper} cheapest allowed pairs of the paper, {reviewer, cost} flattened. */
  private int[] choose(int p) {
    long[] costed = reached(p);
    int mark = p + 1;
    int want = perPaper;
    int[] out = new int[2 * Math.min(want, reviewers)];
    int n = 0;
    int i = 0;
    int track = paperTrack[p];
    int[] classT = track >= 0 ? byTrack[track] : new int[0];
    int tAt = classT.length == 0 ? 0 : (int) Math.floorMod(p * 7919L, classT.length);
    int tSeen = 0;
    int zAt = reviewers == 0 ? 0 : (int) Math.floorMod(p * 104_729L, reviewers);
    int zSeen = 0;
    // In order of cost: what bids and keywords reached up to the track-only class, that class,
    // the rest reached up to the class of nothing in common, that class, then "rather not" bids.
    while (n < want) {
      long next = i < costed.length ? costed[i] >>> 32 : Long.MAX_VALUE;
      if (next <= TRACK_ONLY
          || (tSeen == classT.length && next <= NOTHING)
          || (tSeen == classT.length && zSeen == reviewers && i < costed.length)) {
        out[2 * n] = (int) costed[i];
        out[2 * n + 1] = (int) next;
        n++;
        i++;
      } else if (tSeen < classT.length) {
        int r = classT[tAt];
        tAt = tAt + 1 == classT.length ? 0 : tAt + 1;
        tSeen++;
        if (stamp[r] != mark && isAllowed(p, r)) {
          out[2 * n] = r;
          out[2 * n + 1] = (int) TRACK_ONLY;
          n++;
        }
      } else if (zSeen < reviewers) {
        int r = zAt;
        zAt = zAt + 1 == reviewers ? 0 : zAt + 1;
        zSeen++;
        if (stamp[r] != mark && !interested(p, r) && isAllowed(p, r)) {
          out[2 * n] = r;
          out[2 * n + 1] = (int) NOTHING;
          n++;
        }
      } else {
        break;
      }
    }
    return Arrays.copyOf(out, 2 * n);
  }

  @Override
  public long costCeiling() {
    return CEILING;
  }

  @Override
  public void price(Duals duals, PairSink worthAdding) {
    if (perPaper >= reviewers) {
      return;
    }
    long maxAll = Long.MIN_VALUE;
    long[] maxOfTrack = new long[byTrack.length];
    Arrays.fill(maxOfTrack, Long.MIN_VALUE);
    long[] price = new long[reviewers];
    for (int r = 0; r < reviewers; r++) {
      price[r] = duals.reviewerPrice(r);
      maxAll = Math.max(maxAll, price[r]);
      for (int t : reviewerTracks[r]) {
        maxOfTrack[t] = Math.max(maxOfTrack[t], price[r]);
      }
    }
    Arrays.fill(stamp, 0);
    for (int p = 0; p < papers; p++) {
      int mark = p + 1;
      int[] mine = given[p];
      // Reached by bids or keywords: each priced on its own.
      for (long c : reached(p)) {
        int r = (int) c;
        if (Arrays.binarySearch(mine, r) < 0 && duals.improves(p, r, c >>> 32)) {
          worthAdding.accept(p, r, c >>> 32);
        }
      }
      int track = paperTrack[p];
      if (track >= 0 && duals.mayImprove(p, TRACK_ONLY, maxOfTrack[track])) {
        for (int r : byTrack[track]) {
          if (stamp[r] != mark
              && Arrays.binarySearch(mine, r) < 0
              && isAllowed(p, r)
              && duals.improves(p, r, TRACK_ONLY)) {
            worthAdding.accept(p, r, TRACK_ONLY);
          }
        }
      }
      if (duals.mayImprove(p, NOTHING, maxAll)) {
        for (int r = 0; r < reviewers; r++) {
          if (stamp[r] != mark
              && !interested(p, r)
              && Arrays.binarySearch(mine, r) < 0
              && isAllowed(p, r)
              && duals.improves(p, r, NOTHING)) {
            worthAdding.accept(p, r, NOTHING);
          }
        }
      }
    }
  }

  @Override
  public void nowGiven(List<long[]> pairs) {
    // Grouped by paper and merged into the sorted lists.
    java.util.Map<Integer, List<Integer>> byPaper = new java.util.HashMap<>();
    for (long[] pair : pairs) {
      byPaper.computeIfAbsent((int) pair[0], k -> new ArrayList<>()).add((int) pair[1]);
    }
    byPaper.forEach(
        (p, more) -> {
          int[] merged = Arrays.copyOf(given[p], given[p].length + more.size());
          for (int i = 0; i < more.size(); i++) {
            merged[given[p].length + i] = more.get(i);
          }
          Arrays.sort(merged);
          given[p] = merged;
        });
  }

  @Override
  public int allowed(int paper, int givenCount) {
    int count = 0;
    for (int r = 0; r < reviewers; r++) {
      if (isAllowed(paper, r)) {
        count++;
      }
    }
    return count;
  }

  /** Collects what the pairs are made of. */
  public static final class Builder {
    private final int papers;
    private final int reviewers;
    private final int tracks;
    private final int keywords;
    private final int[] paperTrack;
    private final int[][] paperKeywords;
    private final int[][] reviewerTracks;
    private final int[][] reviewerKeywords;
    private final int[][] reviewerPool;
    private final List<List<Long>> bids = new ArrayList<>();
    private final List<List<Integer>> excluded = new ArrayList<>();

    Builder(int papers, int reviewers, int tracks, int keywords) {
      this.papers = papers;
      this.reviewers = reviewers;
      this.tracks = tracks;
      this.keywords = keywords;
      this.paperTrack = new int[papers];
      Arrays.fill(paperTrack, -1);
      this.paperKeywords = new int[papers][0];
      this.reviewerTracks = new int[reviewers][0];
      this.reviewerKeywords = new int[reviewers][0];
      this.reviewerPool = new int[reviewers][0];
      for (int p = 0; p < papers; p++) {
        bids.add(new ArrayList<>(0));
        excluded.add(new ArrayList<>(0));
      }
    }

    /**
     * @param track the paper's track index, or -1 for none
     * @param keywordIds its keywords as indexes (folded: see {@link Affinity#fold})
     */
    public Builder paper(int paper, int track, int[] keywordIds) {
      paperTrack[paper] = track;
      paperKeywords[paper] = distinctSorted(keywordIds);
      return this;
    }

    /**
     * @param tracks the tracks the reviewer is interested in
     * @param keywordIds the reviewer's keywords
     * @param pool the tracks the reviewer reviews in; empty for every track
     */
    public Builder reviewer(int reviewer, int[] tracks, int[] keywordIds, int[] pool) {
      reviewerTracks[reviewer] = distinctSorted(tracks);
      reviewerKeywords[reviewer] = distinctSorted(keywordIds);
      reviewerPool[reviewer] = distinctSorted(pool);
      return this;
    }

    public Builder bid(int paper, int reviewer, Bid bid) {
      bids.get(paper).add(((long) reviewer << 8) | bid.ordinal());
      return this;
    }

    /** A pair never to offer: a conflict of interest, or one declined or assigned already. */
    public Builder exclude(int paper, int reviewer) {
      excluded.get(paper).add(reviewer);
      return this;
    }

    /**
     * @param perPaper how many pairs each paper offers first; all of them when it is that many
     */
    public CandidatePairs build(int perPaper) {
      return new CandidatePairs(this, Math.max(1, perPaper));
    }

    private static int[] distinctSorted(int[] values) {
      return Arrays.stream(values).distinct().sorted().toArray();
    }
  }
}
