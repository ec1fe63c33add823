package org.colloquium.reviews.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.demo.DemoEvents;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.application.ConflictFinder;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.reviews.domain.DiscussionLead;
import org.colloquium.reviews.domain.DiscussionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewBid;
import org.colloquium.reviews.domain.ReviewComment;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.ReviewerSettings;
import org.colloquium.reviews.domain.affinity.Affinity;
import org.colloquium.reviews.domain.form.Scoring;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * The finished review of "20 Months After…" (September 2023), so that the programme has accepted
 * abstracts to start from and every review page has something to show: four reviewers with their
 * topics, bids, two reviews per submission placed where bids and topics fit best and conflicts
 * allow, a discussion with mentions on the hard cases, and decisions the authors were told on the
 * call's notification date — nine accepted (one panel, one moved to another track), two as posters
 * and one rejected.
 *
 * <p>Written straight into the module's tables: the services would refuse a review whose phases are
 * over, and their mails would go out today about 2023.
 */
@ApplicationScoped
public class DemoPastReview implements DemoContent {

  public static final int REVIEWS_PER_SUBMISSION = 2;

  /** Submissions with a co-author from the demo reviewer's university: she may not see them. */
  public static final Set<Integer> CONFLICTED_FOR_DEMO_REVIEWER = Set.of(3, 8);

  /** The one rejected submission; the discussion shows how the committee came to it. */
  public static final int REJECTED = 10;

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final int SUBMISSIONS = 12;

  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;
  @Inject SubmissionDirectory submissions;
  @Inject ConflictFinder conflictFinder;
  @Inject ConflictRepository conflicts;
  @Inject AssignmentRepository assignments;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject DiscussionRepository discussions;
  @Inject DecisionRepository decisions;

  /** A reviewer's answers: four scales of 1–5 (the last the recommendation) and a confidence. */
  private record Scored(
      int relevance,
      int originality,
      int clarity,
      int overall,
      int confidence,
      String comments,
      String confidential) {}

  /** Per submission number, the two reviews in the order the reviewers were assigned. */
  private static final Map<Integer, List<Scored>> REVIEWS = reviews();

  @Override
  public int order() {
    return 41;
  }

  @Override
  @Transactional
  public void load() {
    var event = events.findBySlug(DemoEvents.PAST_CONFERENCE).orElse(null);
    if (event == null || setups.find(event.id()).isEmpty()) {
      return;
    }
    Long eventId = event.id();
    List<SubmissionRecord> papers = submissions.submitted(eventId);
    List<Choice> tracks = events.tracks(eventId);
    List<Choice> types = events.presentationTypes(eventId);
    if (papers.size() != SUBMISSIONS || tracks.size() < 4 || types.size() < 5) {
      return;
    }
    Long security = tracks.get(0).id();
    Long energy = tracks.get(1).id();
    Long propaganda = tracks.get(2).id();
    Long europe = tracks.get(3).id();
    Long poster = types.get(4).id();
    Long organiser = account(DemoAccounts.ORGANISER).id();
    List<AccountRecord> committee = new ArrayList<>();
    committee.add(account(DemoAccounts.REVIEWER));
    DemoAccounts.PAST_REVIEWERS.forEach(email -> committee.add(account(email)));

    interests(eventId, committee.get(0), Set.of(propaganda, security), "propaganda", "Telegram");
    interests(eventId, committee.get(1), Set.of(europe, energy), "public opinion", "România");
    interests(eventId, committee.get(2), Set.of(europe, propaganda), "Republica Moldova");
    interests(eventId, committee.get(3), Set.of(security, energy), "economy", "Black Sea");

    conflictFinder.refreshEvent(eventId);
    Map<String, Bid> bids = bid(eventId, papers, committee);
    Map<Integer, List<AccountRecord>> assigned =
        assign(eventId, papers, committee, bids, organiser);
    review(eventId, papers, assigned);
    discuss(eventId, papers, assigned, organiser);
    decide(eventId, papers, organiser, europe, poster);
  }

  private void interests(Long eventId, AccountRecord reviewer, Set<Long> tracks, String... words) {
    ReviewerSettings settings = new ReviewerSettings(eventId, reviewer.id());
    settings.interests(tracks, List.of(words));
    setups.add(settings);
  }

  /**
   * Each reviewer bids on every submission they may see, during the first day of bidding: eager on
   * their tracks, willing elsewhere, and one reviewer would rather not read about propaganda.
   */
  private Map<String, Bid> bid(
      Long eventId, List<SubmissionRecord> papers, List<AccountRecord> committee) {
    Map<String, Bid> placed = new HashMap<>();
    Map<Long, ReviewerSettings> topics = topics(eventId);
    Instant at = at(9, 16, 10, 0);
    for (AccountRecord reviewer : committee) {
      ReviewerSettings own = topics.get(reviewer.id());
      for (SubmissionRecord paper : papers) {
        if (conflicts.conflicted(paper.id(), reviewer.id())) {
          continue;
        }
        Bid bid = own.trackIds().contains(paper.trackId()) ? Bid.EAGER : Bid.WILLING;
        if (reviewer == committee.get(1) && paper.number() == 12) {
          bid = Bid.RATHER_NOT;
        }
        ReviewBid placedBid = new ReviewBid(eventId, paper.id(), reviewer.id());
        placedBid.place(bid, at);
        assignments.add(placedBid);
        placed.put(paper.id() + ":" + reviewer.id(), bid);
        at = at.plusSeconds(97);
      }
    }
    return placed;
  }

  /**
   * Two reviewers per submission, by the assignment's own cost of bid and affinity, the least
   * loaded first on a tie, never a conflicted pair. The submissions with the fewest possible
   * reviewers are placed first so that nobody ends up over six.
   */
  private Map<Integer, List<AccountRecord>> assign(
      Long eventId,
      List<SubmissionRecord> papers,
      List<AccountRecord> committee,
      Map<String, Bid> bids,
      Long organiser) {
    Map<Long, ReviewerSettings> topics = topics(eventId);
    Map<Long, Integer> load = new HashMap<>();
    int cap = (papers.size() * REVIEWS_PER_SUBMISSION + committee.size() - 1) / committee.size();
    Map<Integer, List<AccountRecord>> chosen = new LinkedHashMap<>();
    List<SubmissionRecord> order = new ArrayList<>(papers);
    order.sort(
        Comparator.comparingInt(
                (SubmissionRecord p) ->
                    (int)
                        committee.stream()
                            .filter(r -> bids.containsKey(p.id() + ":" + r.id()))
                            .count())
            .thenComparingInt(SubmissionRecord::number));
    for (SubmissionRecord paper : order) {
      List<AccountRecord> candidates =
          committee.stream().filter(r -> bids.containsKey(paper.id() + ":" + r.id())).toList();
      Comparator<AccountRecord> byCost =
          Comparator.comparingLong(
              r -> {
                ReviewerSettings own = topics.get(r.id());
                return Affinity.of(
                        own.trackIds(), own.keywords(), paper.trackId(), paper.keywords())
                    .cost(bids.get(paper.id() + ":" + r.id()));
              });
      List<AccountRecord> ranked =
          candidates.stream()
              .sorted(byCost.thenComparingInt(r -> load.getOrDefault(r.id(), 0)))
              .toList();
      List<AccountRecord> two = new ArrayList<>();
      for (AccountRecord r : ranked) {
        if (two.size() < REVIEWS_PER_SUBMISSION && load.getOrDefault(r.id(), 0) < cap) {
          two.add(r);
        }
      }
      for (AccountRecord r : ranked) {
        if (two.size() < REVIEWS_PER_SUBMISSION && !two.contains(r)) {
          two.add(r);
        }
      }
      two.forEach(r -> load.merge(r.id(), 1, Integer::sum));
      chosen.put(paper.number(), two);
    }
    Instant at = at(9, 17, 15, 30);
    for (SubmissionRecord paper : papers) {
      for (AccountRecord r : chosen.get(paper.number())) {
        assignments.add(
            new ReviewAssignment(
                eventId, paper.id(), r.id(), ReviewAssignment.Source.AUTOMATIC, organiser, at));
      }
    }
    assignments.flush();
    return chosen;
  }

  /** Every review handed in during the reviewing phase, one every few hours. */
  private void review(
      Long eventId, List<SubmissionRecord> papers, Map<Integer, List<AccountRecord>> assigned) {
    List<CriterionSpec> form = setups.form(eventId).stream().map(ReviewCriterion::spec).toList();
    Instant at = at(9, 18, 11, 0);
    for (SubmissionRecord paper : papers) {
      List<AccountRecord> two = assigned.get(paper.number());
      List<Scored> written = REVIEWS.get(paper.number());
      for (int i = 0; i < two.size(); i++) {
        Scored s = written.get(i);
        ReviewAssignment assignment = assignments.find(paper.id(), two.get(i).id()).orElseThrow();
        Review review = new Review(assignment, at);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("relevance", Integer.toString(s.relevance()));
        answers.put("originality", Integer.toString(s.originality()));
        answers.put("clarity", Integer.toString(s.clarity()));
        answers.put("overall", Integer.toString(s.overall()));
        answers.put("confidence", Integer.toString(s.confidence()));
        answers.put("comments", s.comments());
        if (s.confidential() != null) {
          answers.put("confidential", s.confidential());
        }
        review.answer(answers, at);
        review.submit(
            Scoring.weightedScore(form, review.answers()),
            Scoring.confidence(form, review.answers()),
            at.plusSeconds(600));
        reviews.add(review);
        at = at.plusSeconds(5 * 3600 + 17 * 60);
      }
    }
  }

  /**
   * The first reviewer of each submission leads its discussion; the rejected one and the one moved
   * to the posters were talked over, with mentions.
   */
  private void discuss(
      Long eventId,
      List<SubmissionRecord> papers,
      Map<Integer, List<AccountRecord>> assigned,
      Long organiser) {
    for (SubmissionRecord paper : papers) {
      discussions.add(
          new DiscussionLead(
              eventId,
              paper.id(),
              assigned.get(paper.number()).get(0).id(),
              organiser,
              at(9, 25, 9, 30)));
    }
    SubmissionRecord rejected = numbered(papers, REJECTED);
    List<AccountRecord> onRejected = assigned.get(REJECTED);
    discussions.add(
        new ReviewComment(
            eventId,
            rejected.id(),
            onRejected.get(0).id(),
            "Two lines and no question or method. @"
                + onRejected.get(1).profile().fullName()
                + ", do you see a paper behind it that we could ask for?",
            at(9, 25, 14, 5)));
    discussions.add(
        new ReviewComment(
            eventId,
            rejected.id(),
            onRejected.get(1).id(),
            "Not for this conference. The topic is good; I would reject and encourage a full"
                + " abstract with data for the next call.",
            at(9, 26, 10, 40)));
    SubmissionRecord survey = numbered(papers, 11);
    List<AccountRecord> onSurvey = assigned.get(11);
    discussions.add(
        new ReviewComment(
            eventId,
            survey.id(),
            onSurvey.get(0).id(),
            "Solid data, but one survey will not fill a twenty-minute talk with discussion."
                + " A poster, @"
                + onSurvey.get(1).profile().fullName()
                + "?",
            at(9, 25, 16, 20)));
    discussions.add(
        new ReviewComment(
            eventId,
            survey.id(),
            onSurvey.get(1).id(),
            "Agreed: a poster, next to the one on energy prices and public opinion.",
            at(9, 26, 8, 55)));
  }

  /** Decided on the first day of the decision phase, the authors told on the notification date. */
  private void decide(
      Long eventId, List<SubmissionRecord> papers, Long organiser, Long europe, Long poster) {
    Instant decidedAt = at(9, 27, 11, 0);
    Instant notifiedAt = at(9, 29, 12, 0);
    for (SubmissionRecord paper : papers) {
      Decision decision = new Decision(eventId, paper.id());
      switch (paper.number()) {
        case REJECTED ->
            decision.decide(
                Outcome.REJECT,
                null,
                null,
                null,
                "Two lines, no question: encourage a full abstract next year.",
                organiser,
                decidedAt);
        case 6, 11 ->
            decision.decide(
                Outcome.POSTER, poster, paper.trackId(), null, null, organiser, decidedAt);
        case 5 ->
            decision.decide(
                Outcome.ACCEPT,
                paper.presentationTypeId(),
                europe,
                null,
                "Belongs with the European path of Ukraine and the Republic of Moldova.",
                organiser,
                decidedAt);
        default ->
            decision.decide(
                Outcome.ACCEPT,
                paper.presentationTypeId(),
                paper.trackId(),
                null,
                null,
                organiser,
                decidedAt);
      }
      decision.notified(notifiedAt);
      decisions.add(decision);
    }
  }

  private Map<Long, ReviewerSettings> topics(Long eventId) {
    Map<Long, ReviewerSettings> topics = new HashMap<>();
    setups.reviewers(eventId).forEach(s -> topics.put(s.accountId(), s));
    return topics;
  }

  private static SubmissionRecord numbered(List<SubmissionRecord> papers, int number) {
    return papers.stream().filter(p -> p.number() == number).findFirst().orElseThrow();
  }

  private AccountRecord account(String email) {
    return accounts.findByEmail(new EmailAddress(email)).orElseThrow();
  }

  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2023, month, day, hour, minute).atZone(BUCHAREST).toInstant();
  }

  private static Scored scored(int r, int o, int c, int overall, int conf, String comments) {
    return new Scored(r, o, c, overall, conf, comments, null);
  }

  private static Map<Integer, List<Scored>> reviews() {
    Map<Integer, List<Scored>> all = new HashMap<>();
    all.put(
        1,
        List.of(
            scored(
                5,
                4,
                4,
                5,
                3,
                "A clear assessment. Please separate the effect of the price cap from the fall in"
                    + " world oil prices in the talk."),
            scored(
                5,
                3,
                4,
                4,
                2,
                "Timely and well argued; the part on third countries deserves more of the"
                    + " twenty minutes.")));
    all.put(
        2,
        List.of(
            scored(
                5,
                4,
                4,
                4,
                2,
                "O temă esențială pentru conferință. Ar ajuta câteva date despre accesul"
                    + " copiilor la școală în 2023."),
            scored(
                4,
                4,
                3,
                4,
                3,
                "Bine documentat; structura rezumatului poate fi mai clară (autorități, apoi"
                    + " societatea civilă).")));
    all.put(
        3,
        List.of(
            scored(
                5,
                4,
                5,
                5,
                4,
                "Excellent and precise. The insurance figures would make a strong slide."),
            scored(4, 4, 4, 4, 3, "A good fit for the security track; a map would help.")));
    all.put(
        4,
        List.of(
            scored(
                5,
                4,
                4,
                4,
                3,
                "Subiect important și puțin studiat. Precizați perioada și sursele analizate."),
            scored(
                4,
                3,
                4,
                4,
                2,
                "Bine ales. Ar merita o comparație cu presa de limbă română din aceeași"
                    + " perioadă.")));
    all.put(
        5,
        List.of(
            new Scored(
                4,
                3,
                4,
                4,
                3,
                "Clear and useful; it reads as a paper on the European path rather than on"
                    + " security.",
                "Suggest moving it to the track on the European path."),
            scored(
                4,
                3,
                4,
                4,
                4,
                "Good overview of the nine steps. Say which of them you consider met.")));
    all.put(
        6,
        List.of(
            scored(4, 3, 4, 4, 2, "A fine poster; show the survey questions next to the charts."),
            scored(
                4, 3, 3, 3, 3, "Interesting data. Please give the sample sizes of both waves.")));
    all.put(
        7,
        List.of(
            scored(
                5,
                4,
                4,
                5,
                3,
                "A panel the conference needs. Leave time for questions from the audience."),
            scored(5, 4, 4, 4, 2, "Strong panellists; a moderator should be named.")));
    all.put(
        8,
        List.of(
            scored(
                5,
                5,
                4,
                5,
                4,
                "Original data and a careful method. One of the best abstracts of the call."),
            scored(
                4,
                5,
                4,
                5,
                3,
                "Very good. How were the forty channels chosen? Say it in the talk.")));
    all.put(
        9,
        List.of(
            scored(
                5,
                4,
                4,
                4,
                3,
                "Useful numbers; keep the comparison of pledges and damage up to date."),
            scored(4, 3, 4, 4, 3, "Solid; the part on frozen assets may be too short.")));
    all.put(
        REJECTED,
        List.of(
            new Scored(
                3,
                2,
                1,
                1,
                3,
                "The topic is relevant, but the abstract gives no question, data or method. We"
                    + " would welcome a full abstract at a later call.",
                "Two lines only."),
            scored(3, 2, 2, 2, 4, "Too short to judge. Please tell us what you study and how.")));
    all.put(
        11,
        List.of(
            new Scored(
                4,
                3,
                4,
                3,
                3,
                "Solid survey data; as a poster it would reach the people who work with refugees.",
                "Better as a poster."),
            scored(4, 3, 4, 3, 2, "Good data, but a single survey; a poster fits it best.")));
    all.put(
        12,
        List.of(
            scored(
                5,
                4,
                4,
                4,
                4,
                "Important and well sourced. Show a few pages of the textbooks if you can."),
            scored(4, 4, 3, 4, 2, "Relevant; the abstract could name the regions studied.")));
    return Map.copyOf(all);
  }
}
