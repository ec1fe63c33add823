package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.jobs.TimedJob;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;

/**
 * Every ten minutes: the presenting authors of events whose registration has not closed are
 * registered as speakers, each event in a transaction of its own (a conflict with someone
 * registering at the same moment is left to the next run).
 */
@ApplicationScoped
public class SpeakerRegistrationJob implements TimedJob {

  private static final Logger LOG = Logger.getLogger(SpeakerRegistrationJob.class.getName());

  @Inject Runs runs;

  @Override
  public String name() {
    return "registration-speakers";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofMinutes(1);
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(10);
  }

  /** A sweep for all events: one node of a cluster per period is enough. */
  @Override
  public boolean oncePerCluster() {
    return true;
  }

  @Override
  public void run() {
    for (Long eventId : runs.events()) {
      try {
        int made = runs.register(eventId);
        if (made > 0) {
          LOG.info(() -> "Registered " + made + " speakers of event " + eventId);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not register the speakers of event " + eventId, e);
      }
    }
  }

  /** The transactions of a run. */
  @ApplicationScoped
  public static class Runs {

    @Inject RegistrationRepository repository;
    @Inject EventFactsReader events;
    @Inject SpeakerRegistrations speakers;
    @Inject Clock clock;

    @Transactional
    public List<Long> events() {
      return repository.notClosedAt(clock.instant()).stream()
          .map(RegistrationSettings::eventId)
          .toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int register(Long eventId) {
      RegistrationSettings settings = repository.settings(eventId).orElse(null);
      if (settings == null) {
        return 0;
      }
      return events
          .byId(eventId, Language.fallback())
          .map(event -> speakers.register(event, settings, null))
          .orElse(0);
    }
  }
}
