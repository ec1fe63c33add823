package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;

/** The retention job's steps, each its own transaction. */
@ApplicationScoped
@Transactional
public class RegistrationRetention {

  static final int BATCH = 200;

  @Inject RegistrationRepository repository;
  @Inject FormRepository forms;
  @Inject EventFactsReader events;
  @Inject Settings settings;
  @Inject Clock clock;

  /** Requests whose confirmation link ran out a day ago or more. */
  public int removeExpiredRequests() {
    return repository.removeRequestsExpiredBefore(
        clock.instant().minus(java.time.Duration.ofDays(1)));
  }

  /** Events with details left whose end is older than the retention. */
  public List<Long> eventsPastRetention() {
    if (settings.registrationRetention().isEmpty()) {
      return List.of();
    }
    Instant cutoff = clock.instant().minus(settings.registrationRetention().get());
    return repository.eventsWithDetails().stream()
        .filter(
            id ->
                events
                    .byId(id, Language.fallback())
                    .map(e -> e.end() != null && e.end().isBefore(cutoff))
                    .orElse(true))
        .toList();
  }

  /**
   * Anonymises up to {@link #BATCH} of the event's registrations, in whatever state they are (no
   * place is handed on, nobody is mailed: the event is long over); answers how many.
   */
  public int anonymiseBatch(Long eventId) {
    List<Registration> batch = repository.withDetails(eventId, BATCH);
    Instant now = clock.instant();
    for (Registration r : batch) {
      if (!r.state().ended()) {
        // Their answers go, so the places their choices held go with them: taken = rows.
        forms.release(r.form().choices());
      }
      r.anonymise(now);
      repository.forgetNotes(r.id());
      repository.forgetCertificates(r.id());
    }
    return batch.size();
  }
}
