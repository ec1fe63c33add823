package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.InvitationStatus;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.secrets.HashedSecret;

/**
 * An invitation by mail to take a role in one event's committee. The link in the mail carries a
 * secret of which only the SHA-256 hash is stored, so a copy of the database hands out no working
 * links. Sending it again replaces the secret: the older link stops working at once.
 */
@Entity
@Table(name = "event_invitation")
@NamedQuery(
    name = "Invitation.byHash",
    query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(
    name = "Invitation.ofEvent",
    query = "select i from Invitation i where i.eventId = :event order by i.createdAt desc, i.id")
@NamedQuery(
    name = "Invitation.pendingFor",
    query =
        "select i from Invitation i where i.eventId = :event and i.email = :email"
            + " and i.role = :role and i.state = org.colloquium.events.domain.InvitationState.PENDING")
public class Invitation {

  /** How long a link stays valid after it was (last) sent. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  public static final int MESSAGE_MAX_LENGTH = 2000;

  /** Marks the one open invitation per event, address and role; null otherwise (see V6). */
  private static final String OPEN = "Y";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_invitation_seq")
  @SequenceGenerator(
      name = "event_invitation_seq",
      sequenceName = "event_invitation_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventRole role;

  @Column(name = "invited_by")
  private Long invitedBy;

  @Column(name = "personal_message", length = MESSAGE_MAX_LENGTH)
  private String message;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InvitationState state;

  @Column(name = "open_marker", length = 1)
  private String openMarker;

  @Column(name = "accepted_by")
  private Long acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** When a quota kept the last mail of this invitation from going out; null once mailed. */
  @Column(name = "mail_withheld_at")
  private Instant mailWithheldAt;

  protected Invitation() {}

  private Invitation(
      Long eventId, EmailAddress email, EventRole role, Long invitedBy, String message) {
    this.eventId = Objects.requireNonNull(eventId);
    this.email = email.value();
    this.role = Objects.requireNonNull(role);
    this.invitedBy = invitedBy;
    this.message = normaliseMessage(message);
    this.state = InvitationState.PENDING;
    this.openMarker = OPEN;
  }

  /** A new invitation and the secret for its link; the secret is never stored. */
  public record Issued(Invitation invitation, String secret) {}

  public static Issued issue(
      Long eventId,
      EmailAddress email,
      EventRole role,
      Long invitedBy,
      String message,
      Instant now) {
    Invitation invitation = new Invitation(eventId, email, role, invitedBy, message);
    invitation.createdAt = now;
    String secret = invitation.newSecret(now);
    return new Issued(invitation, secret);
  }

  /**
   * Sends the invitation again, possibly from someone else and with a new message: a new secret and
   * a new expiry; the link sent before stops working.
   *
   * @return the new secret
   */
  public String renew(Long invitedBy, String message, Instant now) {
    requireOpen();
    this.invitedBy = invitedBy;
    this.message = normaliseMessage(message);
    return newSecret(now);
  }

  /** Sends it again unchanged, with a new secret and expiry. */
  public String renew(Instant now) {
    requireOpen();
    return newSecret(now);
  }

  /**
   * A daily quota of invitation mails kept this one from being mailed. Its secret (if it was mailed
   * before) stays as it was, so a link already sent keeps working.
   */
  public void mailWithheld(Instant now) {
    requireOpen();
    mailWithheldAt = now;
  }

  /** Whether the last attempt to mail it was held back by a quota. */
  public boolean isMailWithheld() {
    return mailWithheldAt != null;
  }

  public void revoke(Instant now) {
    requireOpen();
    state = InvitationState.REVOKED;
    openMarker = null;
    revokedAt = now;
  }

  /** Why the invitation cannot be accepted by this account now, if it cannot. */
  public Optional<InvitationStatus> refusalFor(Long accountId, Instant now) {
    InvitationStatus status = status(now);
    return switch (status) {
      case PENDING -> Optional.empty();
      // Following the link again after accepting it is harmless: the same answer again.
      case ACCEPTED ->
          Objects.equals(acceptedBy, accountId) ? Optional.empty() : Optional.of(status);
      case EXPIRED, REVOKED -> Optional.of(status);
    };
  }

  /**
   * Accepts on behalf of the signed-in account (the secret proves access to the mailbox, whatever
   * address the account has). Accepting twice by the same account changes nothing.
   *
   * @return whether this call accepted it (false if the account had already accepted it)
   */
  public boolean accept(Long accountId, Instant now) {
    Objects.requireNonNull(accountId);
    refusalFor(accountId, now)
        .ifPresent(
            refusal -> {
              throw new IllegalStateException("invitation " + id + " is " + refusal);
            });
    if (state == InvitationState.ACCEPTED) {
      return false;
    }
    state = InvitationState.ACCEPTED;
    openMarker = null;
    acceptedBy = accountId;
    acceptedAt = now;
    return true;
  }

  public InvitationStatus status(Instant now) {
    return switch (state) {
      case ACCEPTED -> InvitationStatus.ACCEPTED;
      case REVOKED -> InvitationStatus.REVOKED;
      case PENDING -> now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    };
  }

  private String newSecret(Instant now) {
    HashedSecret secret = HashedSecret.random("");
    tokenHash = secret.hash();
    sentAt = now;
    mailWithheldAt = null;
    expiresAt = now.plus(VALIDITY);
    return secret.secret();
  }

  private void requireOpen() {
    if (state != InvitationState.PENDING) {
      throw new IllegalStateException("invitation " + id + " is " + state);
    }
  }

  private static String normaliseMessage(String message) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String stripped = message.strip();
    if (stripped.length() > MESSAGE_MAX_LENGTH) {
      throw new IllegalArgumentException("message longer than " + MESSAGE_MAX_LENGTH);
    }
    return stripped;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Long eventId() {
    return eventId;
  }

  public EmailAddress email() {
    return new EmailAddress(email);
  }

  public EventRole role() {
    return role;
  }

  public Long invitedBy() {
    return invitedBy;
  }

  public String message() {
    return message;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Long acceptedBy() {
    return acceptedBy;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }
}
