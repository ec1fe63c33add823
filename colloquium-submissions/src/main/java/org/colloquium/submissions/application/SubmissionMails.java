package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.MailKind;
import org.colloquium.kernel.limits.api.MailQuotas;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.submissions.api.WordCount;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionAuthor;
import org.colloquium.submissions.domain.SubmissionRepository;

/**
 * The mails about a submission, written to the outbox in the transaction that changed it: the
 * confirmation to the submitter and the notice to each co-author. A co-author with an account gets
 * it in their language, anyone else in the event's. Co-author notices count against daily quotas
 * (of the account that saved, and of each address): one that would exceed them is not queued, and
 * the caller learns whose.
 */
@ApplicationScoped
class SubmissionMails {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Outbox outbox;
  @Inject MailQuotas quotas;
  @Inject AccountDirectory accounts;
  @Inject SubmissionRepository submissions;
  @Inject EventDirectory events;
  @Inject Settings settings;

  /**
   * @param actorId the account that handed it in (the submitter, or a co-author who may edit)
   * @return the co-authors whose notice a quota held back
   */
  @Transactional(Transactional.TxType.MANDATORY)
  List<String> submitted(
      Submission s, EventRecord event, CallRecord call, AccountRecord submitter, Long actorId) {
    Map<String, String> values = summary(s, event, call);
    outbox.enqueue(
        "submission-received",
        submitter.email(),
        submitter.fullName(),
        submitter.preferredLanguage(),
        values);
    return toCoAuthors(
        s,
        event,
        call,
        submitter,
        s.authors().stream().map(SubmissionAuthor::email).toList(),
        actorId);
  }

  /**
   * Tells the co-authors at these addresses (the submitter's own address is skipped).
   *
   * @return those whose notice a quota held back
   */
  @Transactional(Transactional.TxType.MANDATORY)
  List<String> toCoAuthors(
      Submission s,
      EventRecord event,
      CallRecord call,
      AccountRecord submitter,
      Collection<String> emails,
      Long actorId) {
    Map<String, String> values = summary(s, event, call);
    values.put("submitterName", submitter.fullName());
    List<String> withheld = new ArrayList<>();
    // In address order: two saves that mail the same people take their quotas in the same order,
    // so neither waits for a bucket the other holds.
    List<SubmissionAuthor> recipients =
        s.authors().stream()
            .filter(a -> emails.contains(a.email()))
            .filter(a -> !a.email().equals(submitter.email().value()))
            .sorted(Comparator.comparing(SubmissionAuthor::email))
            .toList();
    for (SubmissionAuthor author : recipients) {
      EmailAddress address = new EmailAddress(author.email());
      if (!quotas.take(MailKind.CO_AUTHOR_NOTICE, actorId, address)) {
        withheld.add(author.email());
        continue;
      }
      Language language =
          accounts
              .findByEmail(address)
              .map(AccountRecord::preferredLanguage)
              .orElse(event.contentLanguage());
      outbox.enqueue("submission-coauthor", address, author.fullName(), language, values);
    }
    return withheld;
  }

  private Map<String, String> summary(Submission s, EventRecord event, CallRecord call) {
    ZoneId zone = event.schedule().zone();
    Map<String, String> values = new HashMap<>();
    values.put("eventTitle", event.title());
    values.put("number", Integer.toString(s.number()));
    values.put("title", s.title());
    values.put(
        "authors",
        s.authors().stream()
            .map(
                a ->
                    a.fullName()
                        + (a.affiliation() == null ? "" : " (" + a.affiliation() + ")")
                        + (a.isPresenting() ? " *" : ""))
            .collect(Collectors.joining("\n  ", "  ", "")));
    values.put(
        "track",
        s.trackId() == null
            ? "-"
            : events.tracks(event.id()).stream()
                .filter(t -> t.id().equals(s.trackId()))
                .map(t -> t.name())
                .findFirst()
                .orElse("-"));
    values.put("keywords", s.keywords().isEmpty() ? "-" : String.join(", ", s.keywords()));
    values.put("words", Integer.toString(WordCount.of(s.abstractText())));
    values.put("file", s.fileName() == null ? "-" : s.fileName());
    values.put("link", settings.baseUrl() + "/my/submissions/" + s.id());
    values.put(
        "deadline",
        call == null
            ? "-"
            : WHEN.format(call.abstractDeadline().atZone(zone)) + " (" + zone.getId() + ")");
    return values;
  }
}
