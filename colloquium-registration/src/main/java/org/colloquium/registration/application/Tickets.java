package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.colloquium.registration.api.Ticket;
import org.colloquium.registration.domain.QrCode;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;

/** Makes a registration's ticket: signed with the event's key (made on first use), drawn as QR. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Tickets {

  @Inject RegistrationRepository repository;
  @Inject Clock clock;

  Ticket of(Registration registration) {
    String code = code(registration);
    return new Ticket(code, QrCode.svg(code));
  }

  /** The ticket's text alone, for a printed badge. */
  String code(Registration registration) {
    return repository
        .ticketKey(registration.eventId(), clock.instant())
        .signer()
        .ticket(registration.eventId(), registration.id());
  }
}
