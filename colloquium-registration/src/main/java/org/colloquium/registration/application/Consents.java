package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.colloquium.registration.domain.ConsentRecord;
import org.colloquium.registration.domain.ConsentText;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;

/** Records the consent to be listed whenever it is first given or refused, or changes. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Consents {

  @Inject RegistrationRepository repository;
  @Inject Clock clock;

  /**
   * After the registration (stored, with its id) took its answers: a record when the answer to be
   * listed differs from the last one recorded, or none was.
   *
   * @param recordedBy the organiser recording it for the person, or null
   */
  void record(Registration registration, Long recordedBy) {
    boolean listed = registration.answers().listed();
    List<ConsentRecord> before = repository.consents(registration.id());
    if (before.isEmpty() || before.get(before.size() - 1).given() != listed) {
      repository.add(
          new ConsentRecord(
              registration.id(), ConsentText.LISTED, listed, clock.instant(), recordedBy));
    }
  }
}
