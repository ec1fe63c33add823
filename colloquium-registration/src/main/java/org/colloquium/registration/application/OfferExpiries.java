package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;

/** The transactions of {@link OfferExpiryJob}. */
@ApplicationScoped
class OfferExpiries {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject Transitions transitions;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  List<Long> claimDue(int limit) {
    return repository.lockExpiredOffers(clock.instant(), limit);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void expire(Long registrationId) {
    Registration registration = repository.find(registrationId).orElse(null);
    if (registration == null) {
      return;
    }
    transitions.lockAndRead(registration);
    if (!registration.offerExpired(clock.instant())) {
      return;
    }
    Language language = registration.language();
    EventFacts event = events.byId(registration.eventId(), language).orElseThrow();
    transitions.expire(
        registration, repository.settings(registration.eventId()).orElseThrow(), event);
  }
}
