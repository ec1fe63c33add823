package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.mail.domain.OutboxRepository;

/**
 * The daily clean-up of the outbox: the text (and any attached file's content) of mails sent more
 * than the retention period ago (COLLOQUIUM_MAIL_RETENTION_DAYS, 30 by default) is removed, and
 * mails never sent lose their links' secrets after the same time. The rows stay, so the outbox
 * still tells who got what, and when. Safe on several nodes: two runs at once only do the same
 * updates twice.
 */
@ApplicationScoped
public class OutboxRetention {

  private static final Logger LOG = Logger.getLogger(OutboxRetention.class.getName());

  @Inject OutboxRepository outbox;
  @Inject Settings settings;
  @Inject Clock clock;

  /** What one run removed. */
  public record Purged(int bodies, int secrets) {}

  @Transactional
  public Purged purge() {
    Instant now = clock.instant();
    Instant cutoff = now.minus(settings.mailRetention());
    Purged purged =
        new Purged(outbox.purgeSentBodies(cutoff, now), outbox.dropSecretsWrittenBefore(cutoff));
    if (purged.bodies() > 0 || purged.secrets() > 0) {
      LOG.info(
          () ->
              "Outbox retention: removed the text of "
                  + purged.bodies()
                  + " mails sent before "
                  + cutoff
                  + ", and the links of "
                  + purged.secrets()
                  + " unsent ones");
    }
    return purged;
  }
}
