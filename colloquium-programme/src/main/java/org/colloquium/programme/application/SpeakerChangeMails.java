package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.domain.Chair;
import org.colloquium.programme.domain.feeds.FeedLinks;
import org.colloquium.programme.domain.feeds.SpeakerCalendar;
import org.colloquium.programme.domain.timetable.SpeakerChanges;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Change;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Notice;
import org.colloquium.programme.domain.timetable.SpeakerChanges.SessionChange;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Speaker;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;

/**
 * The mails of a new release to the speakers whose contributions it moved or took out: one per
 * speaker, listing all of theirs, with a calendar file that updates their calendar. Written in the
 * publishing transaction, so that a release that fails to commit mails nobody.
 *
 * <p>The release holds no addresses (the public reads it). They come from the submissions as the
 * work in progress read them in the same transaction: the presenting authors of each submission, or
 * all its authors when none is marked, as the programme prints them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class SpeakerChangeMails {

  static final String TEMPLATE = "programme-changed";

  @Inject Outbox outbox;
  @Inject AccountDirectory accounts;
  @Inject Settings settings;

  /**
   * Queues the mails.
   *
   * @param presenters who presents each changed contribution, by contribution id, as the
   *     submissions say now (see {@link WorkInProgress#presenters})
   * @param previous the release before {@code next}, which the speakers last had
   * @return how many mails were queued
   */
  int send(
      Map<Long, List<AuthorRecord>> presenters,
      Map<Long, List<Chair>> chairs,
      PublishedProgramme previous,
      PublishedProgramme next,
      List<Change> changes,
      List<SessionChange> sessionChanges) {
    List<Notice> notices =
        SpeakerChanges.notices(changes, speakers(presenters), sessionChanges, chairsToTell(chairs));
    if (notices.isEmpty()) {
      return 0;
    }
    ZoneId zone = next.event().zone();
    Language eventLanguage =
        Optional.ofNullable(next.event().language()).orElse(Language.fallback());
    FeedLinks links = new FeedLinks(URI.create(settings.baseUrl()), next.event().slug());
    SpeakerCalendar calendar = new SpeakerCalendar(links, publisher());
    for (Notice notice : notices) {
      EmailAddress address = EmailAddress.parse(notice.speaker().email()).orElseThrow();
      // Their account's language if they have one; otherwise the event's, which they wrote in.
      Language language =
          accounts.findByEmail(address).map(AccountRecord::preferredLanguage).orElse(eventLanguage);
      Map<String, String> values = new HashMap<>();
      values.put("eventTitle", next.event().title());
      values.put("version", Integer.toString(next.version()));
      values.put(
          "changes", SpeakerChanges.text(notice.changes(), notice.chaired(), zone, language));
      values.put("zone", zone.getId());
      values.put("programmeLink", links.programme().toString());
      outbox.enqueue(
          TEMPLATE,
          address,
          notice.speaker().name(),
          language,
          values,
          new MailAttachment(
              SpeakerCalendar.fileName(next),
              SpeakerCalendar.CONTENT_TYPE,
              calendar.ics(previous, next, notice.changes(), notice.chaired())));
    }
    return notices.size();
  }

  /** How many mails {@link #send} would queue for these changes: the publish page says so first. */
  static int recipients(
      Map<Long, List<AuthorRecord>> presenters,
      Map<Long, List<Chair>> chairs,
      List<Change> changes,
      List<SessionChange> sessionChanges) {
    return SpeakerChanges.notices(
            changes, speakers(presenters), sessionChanges, chairsToTell(chairs))
        .size();
  }

  /** The chairs that can be written to: those given with a well-formed address. */
  private static Map<Long, List<Speaker>> chairsToTell(Map<Long, List<Chair>> chairs) {
    Map<Long, List<Speaker>> people = new HashMap<>();
    chairs.forEach(
        (sessionId, list) ->
            people.put(
                sessionId,
                list.stream()
                    .filter(c -> c.email() != null && EmailAddress.parse(c.email()).isPresent())
                    .map(c -> new Speaker(c.fullName(), c.email()))
                    .toList()));
    return people;
  }

  /** The presenters that can be written to: those with a well-formed address. */
  private static Map<Long, List<Speaker>> speakers(Map<Long, List<AuthorRecord>> presenters) {
    Map<Long, List<Speaker>> speakers = new HashMap<>();
    presenters.forEach(
        (contributionId, authors) ->
            speakers.put(
                contributionId,
                authors.stream()
                    .filter(a -> a.email() != null && EmailAddress.parse(a.email()).isPresent())
                    .map(a -> new Speaker(a.fullName(), a.email()))
                    .toList()));
    return speakers;
  }

  /**
   * The calendar's organiser: the address the mail comes from (MAIL_FROM), with its display name or
   * else the site's name.
   */
  private SpeakerCalendar.Publisher publisher() {
    String name = settings.siteName();
    try {
      InternetAddress from = InternetAddress.parse(settings.mailFrom(), false)[0];
      String display = from.getPersonal();
      return new SpeakerCalendar.Publisher(
          display == null || display.isBlank() ? name : display, from.getAddress());
    } catch (AddressException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      // The mail itself would fail on such a sender and say so; the calendar needs only an address.
      return new SpeakerCalendar.Publisher(
          name, "no-reply@" + URI.create(settings.baseUrl()).getHost());
    }
  }
}
