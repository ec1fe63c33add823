package org.colloquium.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationChanged;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationHistory;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;
import org.junit.jupiter.api.Test;

/**
 * Speakers are outside the places of their mode: becoming one gives up the place held (to the next
 * in line) or the turn on the waiting list, and a speaker's cancellation or change of mode touches
 * no quota. The quota calls are recorded by a repository that answers without a database.
 */
class SpeakerTransitionsTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private static final EventFacts EVENT =
      new EventFacts(
          7L,
          "annual-conference-iii",
          "IIIrd Annual Conference",
          Instant.parse("2027-05-04T06:00:00Z"),
          Instant.parse("2027-05-05T15:00:00Z"),
          ZoneId.of("Europe/Bucharest"),
          "Facultatea de Istorie, București",
          AttendanceMode.HYBRID,
          Language.EN,
          null);

  private final List<String> quota = new ArrayList<>();
  private final List<RegistrationState> mailed = new ArrayList<>();
  private boolean someoneWaits;

  private Transitions transitions() {
    Transitions t = new Transitions();
    t.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    t.repository =
        new RegistrationRepository() {
          @Override
          public boolean take(Long eventId, ParticipationMode mode, boolean forTheWaitingList) {
            quota.add("take " + mode);
            return true;
          }

          @Override
          public void free(Long eventId, ParticipationMode mode) {
            quota.add("free " + mode);
          }

          @Override
          public void joinWaitingList(Long eventId, ParticipationMode mode) {
            quota.add("wait " + mode);
          }

          @Override
          public boolean leaveWaitingList(Long eventId, ParticipationMode mode) {
            quota.add("leave " + mode);
            return someoneWaits;
          }

          @Override
          public Optional<Registration> firstWaiting(Long eventId, ParticipationMode mode) {
            Registration next = registration();
            next.waitlist(NOW, NOW);
            return Optional.of(next);
          }

          @Override
          public void add(Registration registration) {}

          @Override
          public void add(RegistrationHistory entry) {}
        };
    t.mails =
        new RegistrationMails() {
          @Override
          void stateChanged(Registration registration, RegistrationState from, EventFacts event) {
            mailed.add(registration.state());
          }
        };
    t.forms =
        new FormRepository() {
          @Override
          public void release(java.util.Collection<Long> choiceIds) {
            if (!choiceIds.isEmpty()) {
              quota.add("release " + choiceIds);
            }
          }
        };
    t.changed = new NoEvent();
    return t;
  }

  private static Registration registration() {
    return new Registration(
        7L,
        null,
        "ana@uaic.example",
        new RegistrationAnswers(
            ParticipationMode.IN_PERSON, "Ana Țurcanu", "UAIC", null, null, null, false),
        Language.RO,
        NOW);
  }

  private static RegistrationSettings settings() {
    return new RegistrationSettings(7L);
  }

  @Test
  void aNewSpeakerIsConfirmedWithoutTakingAPlace() {
    Registration r = registration();
    transitions().admitSpeaker(r, List.of("Refugiați"), EVENT, null, true);
    assertEquals(RegistrationState.CONFIRMED, r.state());
    assertTrue(r.speaker());
    assertEquals(List.of("Refugiați"), r.speakerTitles());
    assertEquals(List.of(), quota);
    assertEquals(List.of(RegistrationState.CONFIRMED), mailed);
    assertTrue(r.admitsOnline(), "a speaker in person also has the join link");
  }

  @Test
  void aConfirmedParticipantWhoBecomesASpeakerHandsTheirPlaceOn() {
    Registration r = registration();
    r.confirm(NOW);
    someoneWaits = true;
    transitions().makeSpeaker(r, List.of("Talk"), settings(), EVENT, null, true);
    assertEquals(RegistrationState.CONFIRMED, r.state());
    assertTrue(r.speaker());
    // The place stays taken, offered to the first who waits.
    assertEquals(List.of("leave IN_PERSON"), quota);
    assertEquals(List.of(RegistrationState.OFFERED, RegistrationState.CONFIRMED), mailed);
  }

  @Test
  void aWaitingParticipantWhoBecomesASpeakerLeavesTheQueueConfirmed() {
    Registration r = registration();
    r.waitlist(NOW, NOW);
    transitions().makeSpeaker(r, List.of("Talk"), settings(), EVENT, null, false);
    assertEquals(RegistrationState.CONFIRMED, r.state());
    assertEquals(List.of("leave IN_PERSON"), quota);
  }

  @Test
  void aSpeakersCancellationAndChangeOfModeTouchNoPlace() {
    Transitions t = transitions();
    Registration r = registration();
    t.admitSpeaker(r, List.of("Talk"), EVENT, null, false);
    r.answerForm(new FormAnswers(java.util.Map.of(), java.util.Set.of(12L, 11L)));
    assertTrue(t.move(r, ParticipationMode.ONLINE, settings(), EVENT, null));
    assertEquals(ParticipationMode.ONLINE, r.mode());
    assertEquals(RegistrationState.CONFIRMED, r.state());
    t.cancel(r, "cannot come", settings(), EVENT, null, false);
    assertEquals(RegistrationState.CANCELLED, r.state());
    assertEquals(
        List.of("release [11, 12]"),
        quota,
        "a speaker holds no place and waits for none, but gives back the choices made");
    assertFalse(r.admitsOnline());
  }

  /** The CDI event, fired into nothing. */
  private static final class NoEvent implements Event<RegistrationChanged> {
    @Override
    public void fire(RegistrationChanged event) {}

    @Override
    public <U extends RegistrationChanged> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RegistrationChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<RegistrationChanged> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends RegistrationChanged> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RegistrationChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
