package org.colloquium.kernel.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.config.Settings;

/**
 * Loads every module's demo content into an empty database ("first start": not a single account
 * yet), unless COLLOQUIUM_DEMO_DATA is false.
 */
@ApplicationScoped
public class DemoLoader {

  private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

  @Inject Settings settings;
  @Inject AccountRepository accounts;
  @Inject Instance<DemoContent> contents;

  /** Runs outside a transaction: each content loads in its own. */
  public void loadIntoEmptyDatabase() {
    // A read outside a transaction is fine: the entity manager answers it without one.
    if (!settings.demoData() || accounts.count() > 0) {
      return;
    }
    try {
      contents.stream()
          .sorted(Comparator.comparingInt(DemoContent::order))
          .forEach(
              content -> {
                LOG.info(() -> "Loading demo data: " + content.getClass().getSimpleName());
                content.load();
              });
      LOG.info("Demo data loaded (set COLLOQUIUM_DEMO_DATA=false to start empty)");
    } catch (RuntimeException e) {
      // Two nodes starting on one empty database both try; the unique constraints let one win.
      // The other must still start, so this is a warning, not a failed deployment.
      LOG.log(Level.WARNING, "Demo data not loaded (another node may have loaded it)", e);
    }
  }
}
