package org.colloquium.kernel.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.logging.Logger;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.config.Settings;

/**
 * Loads every module's demo content into an empty database ("first start": not a single account
 * yet), unless COLLOQUIUM_DEMO_DATA is false. The demo accounts' password is published, so the
 * start-up warns as long as they exist.
 */
@ApplicationScoped
public class DemoLoader {

  private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

  @Inject Settings settings;
  @Inject AccountDirectory accounts;
  @Inject Instance<DemoContent> contents;

  /**
   * All of it or nothing, in one transaction: a failure half-way must not leave a database that is
   * no longer empty (and so never gets the rest). Two nodes starting on one empty database both
   * try; the unique constraints let one win, and the caller logs the other's failure.
   */
  @Transactional
  public void loadIntoEmptyDatabase() {
    if (!settings.demoData() || !accounts.isEmpty()) {
      return;
    }
    contents.stream()
        .sorted(Comparator.comparingInt(DemoContent::order))
        .forEach(
            content -> {
              LOG.info(() -> "Loading demo data: " + content.getClass().getSimpleName());
              content.load();
            });
    LOG.info("Demo data loaded (set COLLOQUIUM_DEMO_DATA=false to start empty)");
  }

  /** Whether the published demo administrator still exists (a warning in every start-up log). */
  public boolean demoAccountsPresent() {
    return contents.stream().anyMatch(DemoContent::publishedSecretsPresent);
  }
}
