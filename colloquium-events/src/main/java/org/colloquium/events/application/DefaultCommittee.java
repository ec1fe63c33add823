package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.colloquium.events.api.Acceptance;
import org.colloquium.events.api.Committee;
import org.colloquium.events.api.CommitteeMember;
import org.colloquium.events.api.CommitteeMemberAdded;
import org.colloquium.events.api.CommitteeMemberRemoved;
import org.colloquium.events.api.CommitteeOverview;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.InvitationDetails;
import org.colloquium.events.api.InvitationMailing;
import org.colloquium.events.api.InvitationRequest;
import org.colloquium.events.api.InvitationStatus;
import org.colloquium.events.api.InvitationView;
import org.colloquium.events.domain.CommitteeRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.Invitation;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.MailKind;
import org.colloquium.kernel.limits.api.MailQuotas;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link Committee}. */
@ApplicationScoped
@Transactional
public class DefaultCommittee implements Committee {

  private static final Logger LOG = Logger.getLogger(Committee.class.getName());

  /** Field names of the invitation form. */
  public static final String EMAIL = "email";

  public static final String ROLE = "role";
  public static final String MESSAGE = "message";

  @Inject EventAccess access;
  @Inject EventRepository events;
  @Inject CommitteeRepository committee;
  @Inject AccountDirectory accounts;
  @Inject Outbox outbox;
  @Inject MailQuotas quotas;
  @Inject Settings settings;
  @Inject Clock clock;

  /** What happened, for the modules built on events; see the api package. */
  @Inject jakarta.enterprise.event.Event<Object> happened;

  @Override
  public CommitteeOverview overview(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    Instant now = clock.instant();
    List<EventMember> members = committee.members(event.id());
    long organisers = members.stream().filter(m -> m.role() == EventRole.ORGANISER).count();
    List<CommitteeMember> memberViews =
        members.stream()
            .map(
                m -> {
                  AccountRecord account = accounts.find(m.accountId()).orElseThrow();
                  return new CommitteeMember(
                      m.id(),
                      account.fullName(),
                      account.email().value(),
                      m.role(),
                      m.grantedAt(),
                      !m.isLastOrganiser(organisers));
                })
            .sorted(
                Comparator.comparing(CommitteeMember::role)
                    .thenComparing(CommitteeMember::fullName, String.CASE_INSENSITIVE_ORDER))
            .toList();
    List<InvitationView> invitations =
        committee.invitations(event.id()).stream()
            .map(
                i ->
                    new InvitationView(
                        i.id(),
                        i.version(),
                        i.email().value(),
                        i.role(),
                        i.status(now),
                        nameOf(i.invitedBy()),
                        i.sentAt(),
                        i.expiresAt(),
                        nameOf(i.acceptedBy()),
                        i.status(now).isOpen() && i.isMailWithheld()))
            .toList();
    return new CommitteeOverview(EventViews.summary(event), memberViews, invitations);
  }

  @Override
  public InvitationMailing invite(Long actorId, String slug, InvitationRequest request) {
    Event event = access.manageable(actorId, slug);
    Instant now = clock.instant();
    List<Problem> problems = new ArrayList<>();
    Optional<EmailAddress> email = EmailAddress.parse(request.email());
    if (email.isEmpty()) {
      problems.add(
          Problem.of(
              EMAIL,
              request.email() == null || request.email().isBlank()
                  ? "committee.email.required"
                  : "committee.email.invalid"));
    }
    if (request.role() == null) {
      problems.add(Problem.of(ROLE, "committee.role.required"));
    }
    if (request.message() != null
        && request.message().strip().length() > Invitation.MESSAGE_MAX_LENGTH) {
      problems.add(Problem.of(MESSAGE, "committee.message.tooLong", Invitation.MESSAGE_MAX_LENGTH));
    }
    ValidationException.throwIfAny(problems);

    committee.lockCommitteeOf(event);
    Optional<AccountRecord> invitee = accounts.findByEmail(email.get());
    if (invitee.isPresent() && access.roles(invitee.get().id(), event).contains(request.role())) {
      throw new ValidationException(Problem.of(EMAIL, "committee.email.alreadyMember"));
    }
    boolean allowed = quotas.take(MailKind.COMMITTEE_INVITATION, actorId, email.get());
    Optional<Invitation> pending =
        committee.pendingInvitation(event.id(), email.get(), request.role());
    if (pending.isPresent() && !allowed) {
      pending.get().mailWithheld(now);
      return mailing(false);
    }
    Invitation invitation;
    String secret;
    if (pending.isPresent()) {
      invitation = pending.get();
      secret = invitation.renew(actorId, request.message(), now);
    } else {
      Invitation.Issued issued =
          Invitation.issue(
              event.id(), email.get(), request.role(), actorId, request.message(), now);
      invitation = issued.invitation();
      secret = issued.secret();
      committee.add(invitation);
    }
    if (!allowed) {
      invitation.mailWithheld(now);
      return mailing(false);
    }
    mail(event, invitation, secret, invitee);
    return mailing(true);
  }

  @Override
  public void revoke(Long actorId, String slug, Long invitationId, int version) {
    Event event = access.manageable(actorId, slug);
    Invitation invitation = openInvitation(event, invitationId, version);
    invitation.revoke(clock.instant());
    flush();
  }

  @Override
  public InvitationMailing resend(Long actorId, String slug, Long invitationId, int version) {
    Event event = access.manageable(actorId, slug);
    Invitation invitation = openInvitation(event, invitationId, version);
    Instant now = clock.instant();
    if (!quotas.take(MailKind.COMMITTEE_INVITATION, actorId, invitation.email())) {
      invitation.mailWithheld(now);
      flush();
      return mailing(false);
    }
    String secret = invitation.renew(now);
    flush();
    mail(event, invitation, secret, accounts.findByEmail(invitation.email()));
    return mailing(true);
  }

  @Override
  public void removeMember(Long actorId, String slug, Long memberId) {
    Event event = access.manageable(actorId, slug);
    committee.lockCommitteeOf(event);
    EventMember member =
        committee
            .member(memberId)
            .filter(m -> m.eventId().equals(event.id()))
            .orElseThrow(() -> new ValidationException(Problem.global("committee.member.gone")));
    if (member.isLastOrganiser(committee.count(event.id(), EventRole.ORGANISER))) {
      throw new ValidationException(Problem.global("committee.member.lastOrganiser"));
    }
    committee.remove(member);
    happened.fire(new CommitteeMemberRemoved(event.id(), member.accountId(), member.role()));
  }

  @Override
  public Optional<InvitationDetails> invitation(String secret, Long viewerId) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return committee
        .invitationBySecret(secret)
        .map(
            i -> {
              Event event = events.find(i.eventId()).orElseThrow();
              return new InvitationDetails(
                  EventViews.summary(event),
                  i.role(),
                  nameOf(i.invitedBy()),
                  i.email().value(),
                  i.message(),
                  i.expiresAt(),
                  i.status(now),
                  viewerId != null && viewerId.equals(i.acceptedBy()));
            });
  }

  @Override
  public Acceptance accept(String secret, Long accountId) {
    if (accountId == null) {
      throw new IllegalArgumentException("only a signed-in account can accept");
    }
    Instant now = clock.instant();
    Invitation invitation =
        (secret == null || secret.isBlank()
                ? Optional.<Invitation>empty()
                : committee.invitationBySecret(secret))
            .orElseThrow(
                () -> new ValidationException(Problem.global("invitation.refused.UNKNOWN")));
    Optional<InvitationStatus> refusal = invitation.refusalFor(accountId, now);
    if (refusal.isPresent()) {
      throw switch (refusal.get()) {
        case EXPIRED -> new ValidationException(Problem.global("invitation.refused.EXPIRED"));
        case REVOKED -> new ValidationException(Problem.global("invitation.refused.REVOKED"));
        case ACCEPTED, PENDING ->
            new ValidationException(Problem.global("invitation.refused.USED"));
      };
    }
    invitation.accept(accountId, now);
    Event event = events.find(invitation.eventId()).orElseThrow();
    if (!access.roles(accountId, event).contains(invitation.role())) {
      committee.add(new EventMember(event.id(), accountId, invitation.role(), now));
      happened.fire(new CommitteeMemberAdded(event.id(), accountId, invitation.role()));
    }
    try {
      committee.flush();
    } catch (OptimisticLockException e) {
      // Accepted, withdrawn or sent again in the same instant by someone else: ask to look again.
      throw new ValidationException(Problem.global("invitation.refused.CHANGED"));
    }
    LOG.info(
        () ->
            "Account "
                + accountId
                + " accepted the invitation to "
                + event.slug().value()
                + " as "
                + invitation.role());
    return new Acceptance(event.slug().value(), event.title(), invitation.role());
  }

  /** A new edition takes over the committee (members and roles, not invitations). */
  void copyCommittee(@Observes EventCopied copied) {
    Instant now = clock.instant();
    Event copy = events.find(copied.copyEventId()).orElseThrow();
    for (EventMember member : committee.members(copied.sourceEventId())) {
      if (!access.roles(member.accountId(), copy).contains(member.role())) {
        committee.add(member.copyTo(copy.id(), now));
        happened.fire(new CommitteeMemberAdded(copy.id(), member.accountId(), member.role()));
      }
    }
  }

  private Invitation openInvitation(Event event, Long invitationId, int version) {
    Invitation invitation =
        committee
            .invitation(invitationId)
            .filter(i -> i.eventId().equals(event.id()))
            .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
    if (invitation.version() != version) {
      throw new ValidationException(Problem.global("committee.invitation.changed"));
    }
    if (!invitation.status(clock.instant()).isOpen()) {
      throw new ValidationException(Problem.global("committee.invitation.notOpen"));
    }
    return invitation;
  }

  private void flush() {
    try {
      committee.flush();
    } catch (OptimisticLockException e) {
      throw new ValidationException(Problem.global("committee.invitation.changed"));
    }
  }

  private InvitationMailing mailing(boolean mailed) {
    return new InvitationMailing(
        mailed,
        quotas.perSender(MailKind.COMMITTEE_INVITATION),
        quotas.perRecipient(MailKind.COMMITTEE_INVITATION));
  }

  private void mail(
      Event event, Invitation invitation, String secret, Optional<AccountRecord> invitee) {
    Language language =
        invitee.map(AccountRecord::preferredLanguage).orElse(event.contentLanguage());
    ZoneId zone = event.schedule().zone();
    String inviter =
        Optional.ofNullable(nameOf(invitation.invitedBy())).orElse(settings.siteName());
    Map<String, String> values = new HashMap<>();
    values.put("eventTitle", event.title());
    values.put("role", roleName(invitation.role(), language));
    values.put("inviterName", inviter);
    values.put(
        "personalMessage",
        invitation.message() == null ? "" : "\n" + indent(invitation.message()) + "\n");
    values.put(
        "link",
        settings.baseUrl()
            + "/invitation?token="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    values.put(
        "expires",
        DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.locale())
                .format(invitation.expiresAt().atZone(zone))
            + " ("
            + zone.getId()
            + ")");
    values.put("sentTo", invitation.email().value());
    outbox.enqueue(
        "committee-invitation",
        invitation.email(),
        invitee.map(AccountRecord::fullName).orElse(null),
        language,
        values);
  }

  private static String indent(String message) {
    return "    " + message.replace("\r\n", "\n").replace("\n", "\n    ");
  }

  static String roleName(EventRole role, Language language) {
    boolean ro = language == Language.RO;
    return switch (role) {
      case ORGANISER -> ro ? "organizator" : "organiser";
      case TRACK_CHAIR -> ro ? "coordonator de secțiune" : "track chair";
      case REVIEWER -> ro ? "evaluator" : "reviewer";
      case DOOR -> ro ? "recepție (check-in)" : "door helper (check-in)";
    };
  }

  private String nameOf(Long accountId) {
    return accountId == null
        ? null
        : accounts.find(accountId).map(AccountRecord::fullName).orElse(null);
  }
}
