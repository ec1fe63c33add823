package org.colloquium.registration.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.secrets.HashedSecret;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationState;

/**
 * One person's registration for one event. Its state changes only along {@link #ALLOWED}; the
 * places it holds are counted by the caller in the same transaction (see {@link
 * RegistrationRepository}), which is why every move names the state it leaves.
 */
@Entity
@Table(name = "registration")
public class Registration {

  /** Which states each state may go to. */
  static final Map<RegistrationState, Set<RegistrationState>> ALLOWED =
      Map.of(
          RegistrationState.PENDING,
          EnumSet.of(
              RegistrationState.CONFIRMED,
              RegistrationState.WAITLISTED,
              RegistrationState.REJECTED,
              RegistrationState.CANCELLED),
          RegistrationState.WAITLISTED,
          EnumSet.of(
              RegistrationState.OFFERED,
              RegistrationState.CONFIRMED,
              RegistrationState.REJECTED,
              RegistrationState.CANCELLED),
          RegistrationState.OFFERED,
          EnumSet.of(RegistrationState.CONFIRMED, RegistrationState.CANCELLED),
          RegistrationState.CONFIRMED,
          EnumSet.of(RegistrationState.CANCELLED),
          RegistrationState.CANCELLED,
          EnumSet.noneOf(RegistrationState.class),
          RegistrationState.REJECTED,
          EnumSet.noneOf(RegistrationState.class));

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
  @SequenceGenerator(
      name = "registration_seq",
      sequenceName = "registration_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "active_email", length = 320)
  private String activeEmail;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 300)
  private String affiliation;

  @Enumerated(EnumType.STRING)
  @Column(name = "academic_status", length = 12)
  private AcademicStatus academicStatus;

  @Column(name = "dietary_needs", length = 500)
  private String dietaryNeeds;

  @Column(name = "accessibility_needs", length = 500)
  private String accessibilityNeeds;

  @Column(nullable = false)
  private boolean listed;

  @Column(nullable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private ParticipationMode mode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RegistrationState state;

  @Column(name = "queued_at")
  private Instant queuedAt;

  @Column(name = "offer_expires_at")
  private Instant offerExpiresAt;

  @Column(length = 1000)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "join_token", length = 64)
  private String joinToken;

  @Column(name = "manage_token", length = 64)
  private String manageToken;

  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  /** A presenting author, registered outside the places of their mode (see {@link #speak}). */
  @Column(nullable = false)
  private boolean speaker;

  @Column(name = "speaker_titles", length = 2000)
  private String speakerTitles;

  /** Answers to the organisers' questions, by field id. */
  @ElementCollection
  @CollectionTable(
      name = "registration_answer",
      joinColumns = @JoinColumn(name = "registration_id"))
  @MapKeyColumn(name = "field_id")
  @Column(name = "answer", nullable = false, length = 4000)
  private Map<Long, String> formValues = new HashMap<>();

  /**
   * The choices made in choice fields. Their places are counted by the caller ({@link
   * FormRepository}) before they are set here, and given back when the registration ends.
   */
  @ElementCollection
  @CollectionTable(
      name = "registration_answer_choice",
      joinColumns = @JoinColumn(name = "registration_id"))
  @Column(name = "choice_id", nullable = false)
  private Set<Long> formChoices = new HashSet<>();

  /** Set once, by {@link RegistrationRepository#checkIn}'s conditional update, never by Java. */
  @Column(name = "checked_in_at", insertable = false, updatable = false)
  private Instant checkedInAt;

  protected Registration() {}

  /**
   * A new registration, not yet counted anywhere: the caller decides its first state with {@link
   * #confirm}, {@link #waitlist} or {@link #awaitApproval} before it is stored.
   */
  public Registration(
      Long eventId,
      Long accountId,
      String email,
      RegistrationAnswers answers,
      Language language,
      Instant now) {
    this.eventId = eventId;
    this.accountId = accountId;
    this.email = email;
    this.activeEmail = email;
    this.language = language.code();
    this.createdAt = now;
    this.updatedAt = now;
    this.joinToken = newJoinToken();
    this.manageToken = newJoinToken();
    answer(answers);
  }

  /** 256 random bits, URL-safe. */
  private static String newJoinToken() {
    return HashedSecret.random("").secret();
  }

  /**
   * The personal join link's token; registrations stored before join links existed get theirs when
   * first asked (in the caller's transaction).
   */
  public String joinToken() {
    if (joinToken == null && anonymisedAt == null) {
      joinToken = newJoinToken();
    }
    return joinToken;
  }

  /**
   * The token of the link that manages the registration without signing in (see its state, accept
   * an offer, cancel); issued when first asked for registrations stored before such links.
   */
  public String manageToken() {
    if (manageToken == null && anonymisedAt == null) {
      manageToken = newJoinToken();
    }
    return manageToken;
  }

  /**
   * Whether its join link opens the online event now: confirmed to attend online, or a confirmed
   * speaker (who may present in a hybrid room, or follow the others, from anywhere).
   */
  public boolean admitsOnline() {
    return state == RegistrationState.CONFIRMED && (mode == ParticipationMode.ONLINE || speaker);
  }

  /** Takes the answers; the mode is changed only through {@link #moveTo}. */
  public void answer(RegistrationAnswers answers) {
    if (mode == null) {
      mode = answers.mode();
    }
    fullName = answers.fullName();
    affiliation = answers.affiliation();
    academicStatus = answers.academicStatus();
    dietaryNeeds = answers.dietaryNeeds();
    accessibilityNeeds = answers.accessibilityNeeds();
    listed = answers.listed();
  }

  /** The answers to the organisers' questions (checked, their choices counted by the caller). */
  public void answerForm(FormAnswers form) {
    if (!formValues.equals(form.values())) {
      formValues.clear();
      formValues.putAll(form.values());
    }
    if (!formChoices.equals(form.choices())) {
      formChoices.clear();
      formChoices.addAll(form.choices());
    }
  }

  public FormAnswers form() {
    return new FormAnswers(formValues, formChoices);
  }

  public RegistrationAnswers answers() {
    return new RegistrationAnswers(
        mode,
        fullName,
        affiliation,
        academicStatus,
        dietaryNeeds,
        accessibilityNeeds,
        listed,
        form());
  }

  private RegistrationState go(RegistrationState to, Instant now) {
    RegistrationState from = state;
    if (from != null && !ALLOWED.get(from).contains(to)) {
      throw new IllegalStateException("a registration goes from " + from + " to " + to + "?");
    }
    state = to;
    updatedAt = now;
    if (to != RegistrationState.OFFERED) {
      offerExpiresAt = null;
    }
    if (to.ended()) {
      activeEmail = null;
    }
    return from;
  }

  public RegistrationState confirm(Instant now) {
    return go(RegistrationState.CONFIRMED, now);
  }

  /** Joins the waiting list: at its end, or at {@code since} for someone who waited already. */
  public RegistrationState waitlist(Instant since, Instant now) {
    RegistrationState from = go(RegistrationState.WAITLISTED, now);
    queuedAt = since;
    return from;
  }

  public RegistrationState awaitApproval(Instant now) {
    return go(RegistrationState.PENDING, now);
  }

  public RegistrationState offer(Instant expiresAt, Instant now) {
    RegistrationState from = go(RegistrationState.OFFERED, now);
    offerExpiresAt = expiresAt;
    return from;
  }

  public RegistrationState cancel(String why, Instant now) {
    RegistrationState from = go(RegistrationState.CANCELLED, now);
    reason = why;
    return from;
  }

  public RegistrationState reject(String why, Instant now) {
    RegistrationState from = go(RegistrationState.REJECTED, now);
    reason = why;
    return from;
  }

  /**
   * Changes the mode without changing the state: the caller has taken a place of the new mode (or
   * joined its waiting list, keeping {@link #queuedAt}) and freed the old one.
   */
  public void moveTo(ParticipationMode other, Instant now) {
    if (state.ended()) {
      throw new IllegalStateException("an ended registration keeps its mode");
    }
    mode = other;
    updatedAt = now;
  }

  /**
   * Makes this registration a speaker's, presenting {@code titles}: from now on it holds no place
   * of its mode and waits for none (the caller gave up what it held or waited for). Titles longer
   * than the column are cut, with an ellipsis.
   */
  public void speak(List<String> titles, Instant now) {
    speaker = true;
    String joined = String.join("\n", titles);
    speakerTitles = joined.length() <= 2000 ? joined : joined.substring(0, 1999) + "…";
    updatedAt = now;
  }

  public boolean speaker() {
    return speaker;
  }

  /** The titles a speaker presents, or none. */
  public List<String> speakerTitles() {
    return speakerTitles == null ? List.of() : List.of(speakerTitles.split("\n"));
  }

  /** Whether an offer made to this registration has run out at {@code now}. */
  public boolean offerExpired(Instant now) {
    return state == RegistrationState.OFFERED && !now.isBefore(offerExpiresAt);
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public Long accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public String fullName() {
    return fullName;
  }

  public Language language() {
    return Language.fromCode(language).orElse(Language.fallback());
  }

  public ParticipationMode mode() {
    return mode;
  }

  /**
   * Forgets the person: name, address, answers and links (the caller gives back the places of
   * choices a registration not over held). The state stays as it was, so the event's counts stay
   * true (a person deleting their own registration cancels it first, which frees its place; a past
   * event's registrations are anonymised as they are).
   */
  public void anonymise(Instant now) {
    fullName = "—";
    email = "anonymised-" + id + "@invalid";
    activeEmail = null;
    accountId = null;
    affiliation = null;
    academicStatus = null;
    dietaryNeeds = null;
    accessibilityNeeds = null;
    listed = false;
    reason = null;
    speakerTitles = null;
    formValues.clear();
    formChoices.clear();
    joinToken = null;
    manageToken = null;
    anonymisedAt = now;
    updatedAt = now;
  }

  public boolean anonymised() {
    return anonymisedAt != null;
  }

  public Instant checkedInAt() {
    return checkedInAt;
  }

  /** Whether a ticket is issued: confirmed to attend in person. */
  public boolean hasTicket() {
    return state == RegistrationState.CONFIRMED && mode == ParticipationMode.IN_PERSON;
  }

  public RegistrationState state() {
    return state;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant offerExpiresAt() {
    return offerExpiresAt;
  }

  public String reason() {
    return reason;
  }

  public String affiliation() {
    return affiliation;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
