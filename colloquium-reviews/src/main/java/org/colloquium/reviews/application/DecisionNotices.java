package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailPreview;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.NotificationPreview;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.decision.AuthorReviews;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * The authors' mails of decisions: one per author and co-author of each submission (an address once
 * per submission, the submitter's account included), in the language of the author's account, else
 * the submission's. The same code renders the preview and the mails sent, so that what the
 * organiser read is what the authors get.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DecisionNotices {

  @Inject Outbox outbox;
  @Inject AccountDirectory accounts;
  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject Settings settings;
  @Inject ReviewAccess access;

  private record Recipient(String name, EmailAddress email, Language language) {}

  private record Notice(
      SubmissionRecord submission,
      Decision decision,
      String template,
      Recipient recipient,
      Map<String, String> values) {}

  NotificationPreview preview(ReviewContext context, List<Decision> pending) {
    List<NotificationPreview.Mail> mails = new ArrayList<>();
    Map<Integer, Integer> versions = new HashMap<>();
    for (Notice n : notices(context, pending)) {
      MailPreview mail =
          outbox.preview(n.template(), n.recipient().name(), n.recipient().language(), n.values());
      mails.add(
          new NotificationPreview.Mail(
              n.submission().number(),
              n.decision().outcome(),
              n.recipient().name(),
              n.recipient().email().value(),
              n.recipient().language(),
              mail.subject(),
              mail.body()));
    }
    Map<Long, Integer> numbers = numbersOf(pending);
    pending.forEach(d -> versions.put(numbers.get(d.submissionId()), d.version()));
    return new NotificationPreview(
        context.event().slug().value(), context.event().title(), mails, versions);
  }

  /** Queues the mails and marks the decisions notified; how many mails were queued. */
  int send(ReviewContext context, List<Decision> pending) {
    int sent = 0;
    for (Notice n : notices(context, pending)) {
      outbox.enqueue(
          n.template(),
          n.recipient().email(),
          n.recipient().name(),
          n.recipient().language(),
          n.values());
      sent++;
    }
    pending.forEach(d -> d.notified(access.now()));
    return sent;
  }

  private List<Notice> notices(ReviewContext context, List<Decision> pending) {
    if (pending.isEmpty()) {
      return List.of();
    }
    Map<Long, SubmissionRecord> byId =
        submissions.byIds(pending.stream().map(Decision::submissionId).toList()).stream()
            .collect(Collectors.toMap(SubmissionRecord::id, s -> s));
    Map<Long, Integer> numbers = numbersOf(pending);
    List<CriterionSpec> form =
        setups.form(context.eventId()).stream().map(ReviewCriterion::spec).toList();
    Map<Long, List<Map<String, String>>> answers = new HashMap<>();
    Map<Long, List<Long>> reviewersOf = new HashMap<>();
    for (Review r : reviews.submittedWithAnswers(context.eventId())) {
      answers.computeIfAbsent(r.submissionId(), k -> new ArrayList<>()).add(r.answers());
      reviewersOf.computeIfAbsent(r.submissionId(), k -> new ArrayList<>()).add(r.accountId());
    }
    // In an open review the authors read who wrote each review.
    Map<Long, String> reviewerNames =
        context.call().reviewMode() == ReviewMode.OPEN
            ? accounts.names(
                reviewersOf.values().stream().flatMap(List::stream).distinct().toList())
            : null;
    Map<Long, String> tracks = DefaultReviewDecisions.names(events.tracks(context.eventId()));
    Map<Long, String> types =
        DefaultReviewDecisions.names(events.presentationTypes(context.eventId()));
    Map<Long, AccountRecord> submitters =
        accounts.byIds(byId.values().stream().map(SubmissionRecord::submitterId).toList());

    // Accepted submissions' final versions are due then (see the submissions module).
    String finalDue =
        ReviewMails.when(
            context.call().dates().finalVersionsDue(context.event().schedule().start()),
            context.zone());
    List<Notice> notices = new ArrayList<>();
    List<Decision> ordered =
        pending.stream()
            .sorted(Comparator.comparing(d -> byId.get(d.submissionId()).number()))
            .toList();
    for (Decision d : ordered) {
      SubmissionRecord s = byId.get(d.submissionId());
      var authorReviews =
          AuthorReviews.of(
              form,
              answers.getOrDefault(s.id(), List.of()),
              reviewerNames == null
                  ? null
                  : reviewersOf.getOrDefault(s.id(), List.of()).stream()
                      .map(id -> reviewerNames.getOrDefault(id, "?"))
                      .toList());
      String template = "decision-" + d.outcome().name().toLowerCase(Locale.ROOT);
      for (Recipient r : recipients(s, submitters.get(s.submitterId()))) {
        Map<String, String> values = new HashMap<>();
        values.put("eventTitle", context.event().title());
        values.put("number", Integer.toString(s.number()));
        values.put("title", s.title());
        values.put("outcome", outcomeWords(d.outcome(), r.language()));
        values.put(
            "type", nameOr(types.get(d.typeId().orElse(s.presentationTypeId())), r.language()));
        values.put("track", nameOr(tracks.get(d.trackId().orElse(s.trackId())), r.language()));
        values.put("otherNumber", d.otherId().map(numbers::get).map(String::valueOf).orElse(""));
        values.put(
            "reviews",
            d.outcome() == Outcome.DUPLICATE
                ? ""
                : AuthorReviews.text(authorReviews, r.language()));
        values.put("link", settings.baseUrl() + "/my/submissions/" + s.id());
        values.put("finalDue", finalDue);
        notices.add(new Notice(s, d, template, r, values));
      }
    }
    return notices;
  }

  /** Each author's address once, the submitter's account's first; accounts decide the language. */
  private List<Recipient> recipients(SubmissionRecord s, AccountRecord submitter) {
    Language submissionLanguage = Language.fromCode(s.language()).orElse(Language.fallback());
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    if (submitter != null) {
      byAddress.put(
          key(submitter.email().value()),
          new Recipient(submitter.fullName(), submitter.email(), submitter.preferredLanguage()));
    }
    for (var author : s.authors()) {
      if (author.email() == null || author.email().isBlank()) {
        continue;
      }
      String key = key(author.email());
      if (byAddress.containsKey(key)) {
        continue;
      }
      EmailAddress email;
      try {
        email = new EmailAddress(author.email());
      } catch (IllegalArgumentException e) {
        continue;
      }
      Language language =
          accounts
              .findByEmail(email)
              .map(AccountRecord::preferredLanguage)
              .orElse(submissionLanguage);
      byAddress.put(key, new Recipient(author.fullName(), email, language));
    }
    return List.copyOf(byAddress.values());
  }

  private static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private Map<Long, Integer> numbersOf(List<Decision> decisions) {
    List<Long> ids = new ArrayList<>();
    decisions.forEach(
        d -> {
          ids.add(d.submissionId());
          d.otherId().ifPresent(ids::add);
        });
    Map<Long, Integer> numbers = new HashMap<>();
    submissions.byIds(ids).forEach(s -> numbers.put(s.id(), s.number()));
    return numbers;
  }

  private static String nameOr(String name, Language language) {
    return name != null ? name : language == Language.RO ? "(nestabilit)" : "(not set)";
  }

  static String outcomeWords(Outcome outcome, Language language) {
    boolean ro = language == Language.RO;
    return switch (outcome) {
      case ACCEPT -> ro ? "acceptată" : "accepted";
      case POSTER -> ro ? "acceptată ca poster" : "accepted as a poster";
      case REVISIONS -> ro ? "revizuire necesară" : "revisions required";
      case REJECT -> ro ? "neacceptată" : "not accepted";
      case DUPLICATE -> ro ? "duplicat" : "duplicate";
      case MERGED -> ro ? "comasată" : "merged";
    };
  }
}
