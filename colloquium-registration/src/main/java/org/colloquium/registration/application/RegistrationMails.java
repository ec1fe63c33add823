package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationCalendar;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationRequest;

/**
 * The mail of each change of a registration, in the registrant's language, queued in the
 * transaction of the change. A confirmation carries the calendar entry; a cancellation of a
 * confirmed place carries the entry cancelled, so the calendar drops it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class RegistrationMails {

  /** The words mails put in their text: the modes, "online" as a place. */
  static final String LABELS = "org.colloquium.registration.application.labels";

  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject RegistrationRepository repository;
  @Inject Clock clock;
  @Inject EventFactsReader events;

  void stateChanged(Registration registration, RegistrationState from, EventFacts read) {
    Language language = registration.language();
    // The event's title in the registrant's language, where the organisers translated it.
    EventFacts event = events.byId(read.id(), language).orElse(read);
    ResourceBundle labels = ResourceBundle.getBundle(LABELS, language.locale());
    ZoneId zone = event.zone();
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language.locale())
            .withZone(zone);
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.locale())
            .withZone(zone);
    // Someone without an account manages the registration through its link; the "token="
    // secret is kept out of the outbox's stored text like every link's.
    URI page =
        URI.create(
            registration.accountId() == null
                ? manageLink(registration)
                : settings.baseUrl() + "/events/" + event.slug() + "/register");
    Map<String, String> values = new HashMap<>();
    values.put("eventTitle", event.title());
    values.put("mode", labels.getString("mode." + registration.mode()));
    values.put(
        "eventDates",
        event.start() == null ? "" : day.format(event.start()) + " – " + day.format(event.end()));
    values.put("registrationLink", page.toString());
    values.put("reason", registration.reason() == null ? "" : registration.reason());
    values.put("zone", zone.getId());
    String template;
    MailAttachment calendar = null;
    switch (registration.state()) {
      case PENDING -> template = "registration-pending";
      case CONFIRMED -> {
        template = registration.speaker() ? "registration-speaker" : "registration-confirmed";
        values.put(
            "titles",
            String.join(
                "\n", registration.speakerTitles().stream().map(t -> "  “" + t + "”").toList()));
        values.put(
            "where",
            registration.mode() == ParticipationMode.IN_PERSON
                ? nullToEmpty(event.venue())
                : labels.getString("where.online")
                    + "\n"
                    + settings.baseUrl()
                    + "/join/"
                    + registration.joinToken());
        values.put(
            "ticket",
            registration.mode() == ParticipationMode.IN_PERSON ? labels.getString("ticket") : "");
        calendar = calendar(registration, event, page, false);
      }
      case WAITLISTED -> {
        template = "registration-waitlisted";
        values.put("ahead", Integer.toString(repository.aheadOf(registration)));
      }
      case OFFERED -> {
        template = "registration-offered";
        values.put("expiresAt", when.format(registration.offerExpiresAt()));
      }
      case CANCELLED -> {
        template =
            from == RegistrationState.OFFERED && "offer expired".equals(registration.reason())
                ? "registration-offer-expired"
                : "registration-cancelled";
        if (from == RegistrationState.CONFIRMED) {
          calendar = calendar(registration, event, page, true);
        }
      }
      case REJECTED -> template = "registration-rejected";
      default -> throw new IllegalStateException(registration.state().name());
    }
    EmailAddress to = EmailAddress.parse(registration.email()).orElseThrow();
    if (calendar == null) {
      outbox.enqueue(template, to, registration.fullName(), language, values);
    } else {
      outbox.enqueue(template, to, registration.fullName(), language, values, calendar);
    }
  }

  private String manageLink(Registration registration) {
    return settings.baseUrl() + "/registration?token=" + registration.manageToken();
  }

  /** The link that confirms the address of someone registering without an account. */
  void confirmAddress(
      EmailAddress to, String name, Language language, EventFacts read, String secret) {
    EventFacts event = events.byId(read.id(), language).orElse(read);
    Map<String, String> values = new HashMap<>();
    values.put("eventTitle", event.title());
    values.put(
        "confirmLink",
        settings.baseUrl() + "/events/" + event.slug() + "/register/confirm?token=" + secret);
    values.put("hours", Long.toString(RegistrationRequest.VALID.toHours()));
    outbox.enqueue("registration-confirm-address", to, name, language, values);
  }

  /**
   * After registering without an account: an account with the same address would list the
   * registration in "My area" and fill the next form.
   */
  void accountInvitation(Registration registration, EventFacts read) {
    Language language = registration.language();
    EventFacts event = events.byId(read.id(), language).orElse(read);
    Map<String, String> values = new HashMap<>();
    values.put("eventTitle", event.title());
    values.put("signUpLink", settings.baseUrl() + "/sign-up");
    values.put("manageLink", manageLink(registration));
    outbox.enqueue(
        "registration-account-invitation",
        EmailAddress.parse(registration.email()).orElseThrow(),
        registration.fullName(),
        language,
        values);
  }

  private MailAttachment calendar(
      Registration registration, EventFacts event, URI page, boolean cancelled) {
    if (event.start() == null) {
      return null;
    }
    URI eventPage = URI.create(settings.baseUrl() + "/events/" + event.slug());
    String location =
        registration.mode() == ParticipationMode.IN_PERSON ? event.venue() : eventPage.toString();
    // Grows with every file sent for the registration, which is what makes a calendar replace
    // the entry it has: seconds since the registration was made.
    int sequence =
        (int)
            Math.min(
                Integer.MAX_VALUE,
                Duration.between(registration.createdAt(), clock.instant()).toSeconds());
    String ics =
        RegistrationCalendar.ics(
            new RegistrationCalendar.Entry(
                registration.id(),
                URI.create(settings.baseUrl()).getHost(),
                event.title(),
                event.start(),
                event.end(),
                location,
                eventPage,
                page.toString(),
                Math.max(0, sequence),
                cancelled,
                clock.instant()));
    return new MailAttachment(
        RegistrationCalendar.fileName(event.slug()), RegistrationCalendar.CONTENT_TYPE, ics);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
