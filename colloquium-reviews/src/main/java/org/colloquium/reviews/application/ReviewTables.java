package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.ScaleValue;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * Reads an event's submitted reviews as a table for the exports, in one transaction and a fixed
 * number of queries.
 */
@ApplicationScoped
@Transactional
public class ReviewTables {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject ReviewAccess access;
  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject AccountDirectory accounts;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject DecisionRepository decisions;
  @Inject OrganiserConflicts conflicts;

  /** A table: its header and rows of text. */
  public record Table(List<String> columns, List<List<String>> rows) {}

  public void requireOrganiser(Long actorId, String slug) {
    access.organised(actorId, slug);
  }

  public Table read(Long actorId, String slug, Long trackId) {
    ReviewContext context = access.organised(actorId, slug);
    ZoneId zone = context.zone();
    List<SubmissionRecord> all = submissions.submitted(context.eventId());
    Set<Long> conflicted = conflicts.conflictedFor(actorId, context.eventId(), all);
    Map<Long, SubmissionRecord> byId =
        all.stream()
            .filter(s -> !conflicted.contains(s.id()))
            .filter(s -> trackId == null || trackId.equals(s.trackId()))
            .collect(Collectors.toMap(SubmissionRecord::id, s -> s));
    List<CriterionSpec> form =
        setups.form(context.eventId()).stream().map(ReviewCriterion::spec).toList();
    Map<Long, String> tracks = DefaultReviewDecisions.names(events.tracks(context.eventId()));
    Map<Long, String> types =
        DefaultReviewDecisions.names(events.presentationTypes(context.eventId()));
    Map<Long, Decision> decided = new HashMap<>();
    decisions.ofEvent(context.eventId()).forEach(d -> decided.put(d.submissionId(), d));
    List<Review> submitted =
        reviews.submittedWithAnswers(context.eventId()).stream()
            .filter(r -> byId.containsKey(r.submissionId()))
            .sorted(
                java.util.Comparator.comparing((Review r) -> byId.get(r.submissionId()).number())
                    .thenComparing(Review::assignmentId))
            .toList();
    Map<Long, AccountRecord> reviewers =
        accounts.byIds(submitted.stream().map(Review::accountId).distinct().toList());

    List<String> columns =
        new ArrayList<>(
            List.of(
                "Number",
                "Title",
                "Track",
                "Type",
                "Authors",
                "Reviewer",
                "Reviewer e-mail",
                "Submitted at",
                "Score (0-100)",
                "Confidence"));
    form.forEach(c -> columns.add(c.labelEn() + " / " + c.labelRo()));
    columns.add("Decision");
    columns.add("Authors notified");

    List<List<String>> rows = new ArrayList<>();
    for (Review r : submitted) {
      SubmissionRecord s = byId.get(r.submissionId());
      AccountRecord reviewer = reviewers.get(r.accountId());
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(s.number()));
      row.add(s.title());
      row.add(tracks.getOrDefault(s.trackId(), ""));
      row.add(types.getOrDefault(s.presentationTypeId(), ""));
      row.add(
          s.authors().stream()
              .map(
                  a -> a.fullName() + (a.affiliation() == null ? "" : " (" + a.affiliation() + ")"))
              .collect(Collectors.joining("; ")));
      row.add(reviewer == null ? "" : reviewer.fullName());
      row.add(reviewer == null ? "" : reviewer.email().value());
      row.add(r.submittedAt().map(t -> LOCAL.format(t.atZone(zone))).orElse(""));
      row.add(
          r.weightedScore().map(v -> String.format(java.util.Locale.ROOT, "%.1f", v)).orElse(""));
      row.add(r.confidence().map(String::valueOf).orElse(""));
      Map<String, String> answers = r.answers();
      for (CriterionSpec c : form) {
        row.add(answer(c, answers.get(c.key())));
      }
      Decision d = decided.get(s.id());
      row.add(d == null ? "" : d.outcome().name());
      row.add(d == null ? "" : d.notifiedAt().map(t -> LOCAL.format(t.atZone(zone))).orElse(""));
      rows.add(row);
    }
    return new Table(columns, rows);
  }

  private static String answer(CriterionSpec c, String answer) {
    if (answer == null) {
      return "";
    }
    if (c.kind() == CriterionKind.TEXT) {
      return answer;
    }
    for (ScaleValue v : c.scale()) {
      if (Integer.toString(v.value()).equals(answer.strip())) {
        return v.value() + " – " + v.labelEn();
      }
    }
    return answer;
  }
}
