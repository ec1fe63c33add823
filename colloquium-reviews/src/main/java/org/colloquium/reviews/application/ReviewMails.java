package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * The mails of the review, written to the outbox in the transaction of the change that causes them.
 * Reviewers' mails never name authors: the templates get numbers and titles only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewMails {

  @Inject Outbox outbox;
  @Inject AccountDirectory accounts;
  @Inject EventDirectory events;
  @Inject Settings settings;

  /** Tells the event's organisers that a reviewer gave an assignment back, and why. */
  void declined(ReviewContext context, SubmissionRecord s, Long reviewerId, String reason) {
    String reviewer = accounts.find(reviewerId).map(AccountRecord::fullName).orElse("?");
    Map<String, String> values = eventValues(context);
    values.put("number", Integer.toString(s.number()));
    values.put("title", s.title());
    values.put("reviewerName", reviewer);
    values.put("reason", reason);
    values.put(
        "link",
        settings.baseUrl()
            + "/manage/events/"
            + context.event().slug().value()
            + "/reviews/assignment");
    for (AccountRecord organiser :
        accounts.byIds(events.membersWith(context.eventId(), EventRole.ORGANISER)).values()) {
      outbox.enqueue(
          "review-declined",
          organiser.email(),
          organiser.fullName(),
          organiser.preferredLanguage(),
          values);
    }
  }

  /**
   * One mail per reviewer listing the submissions newly assigned to them (numbers and titles).
   *
   * @param added per reviewer, the submissions added
   */
  void assigned(ReviewContext context, Map<Long, List<SubmissionRecord>> added) {
    perReviewer("review-assigned", context, added, Map.of());
  }

  /** One reminder per late reviewer, listing the reviews still due (numbers and titles). */
  void reminded(ReviewContext context, Map<Long, List<SubmissionRecord>> late) {
    perReviewer("review-reminder", context, late, Map.of());
  }

  /**
   * The automatic reminder, so many days before reviews are due: the due time in the event's zone
   * and the reviews still due (numbers and titles).
   */
  void remindedBeforeDue(
      ReviewContext context, Map<Long, List<SubmissionRecord>> late, java.time.Instant due) {
    perReviewer("review-due", context, late, Map.of("due", when(due, context.zone())));
  }

  /**
   * A moment as mails give it, the same in both languages: "2027-05-01 23:59 (Europe/Bucharest)".
   */
  static String when(java.time.Instant moment, java.time.ZoneId zone) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(moment.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  /**
   * One mail of {@code template} to each reviewer, listing their submissions, with a link to their
   * review page.
   */
  private void perReviewer(
      String template,
      ReviewContext context,
      Map<Long, List<SubmissionRecord>> submissions,
      Map<String, String> extra) {
    Map<Long, AccountRecord> reviewers = accounts.byIds(submissions.keySet());
    for (var entry : submissions.entrySet()) {
      AccountRecord reviewer = reviewers.get(entry.getKey());
      if (reviewer == null) {
        continue;
      }
      Map<String, String> values = eventValues(context);
      values.putAll(extra);
      values.put("count", Integer.toString(entry.getValue().size()));
      values.put("submissions", list(entry.getValue()));
      values.put("link", settings.baseUrl() + "/review/events/" + context.event().slug().value());
      outbox.enqueue(
          template, reviewer.email(), reviewer.fullName(), reviewer.preferredLanguage(), values);
    }
  }

  /**
   * Tells the readers mentioned in a comment about it, with a link to the discussion as each of
   * them reaches it (the organisers' decision page, or the reviewer's review page).
   */
  void mentioned(
      ReviewContext context,
      SubmissionRecord s,
      Set<Long> mentioned,
      Set<Long> organisers,
      String author,
      String comment) {
    String slug = context.event().slug().value();
    for (AccountRecord reader : accounts.byIds(mentioned).values()) {
      Map<String, String> values = eventValues(context);
      values.put("number", Integer.toString(s.number()));
      values.put("title", s.title());
      values.put("author", author);
      values.put("comment", comment);
      values.put(
          "link",
          settings.baseUrl()
              + (organisers.contains(reader.id())
                  ? "/manage/events/" + slug + "/reviews/decisions?decide=" + s.number()
                  : "/review/events/" + slug + "/submissions/" + s.number()));
      outbox.enqueue(
          "review-mention", reader.email(), reader.fullName(), reader.preferredLanguage(), values);
    }
  }

  private static String list(Collection<SubmissionRecord> submissions) {
    return submissions.stream()
        .map(s -> "  #" + s.number() + "  " + s.title())
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, String> eventValues(ReviewContext context) {
    Map<String, String> values = new HashMap<>();
    values.put("eventTitle", context.event().title());
    return values;
  }
}
