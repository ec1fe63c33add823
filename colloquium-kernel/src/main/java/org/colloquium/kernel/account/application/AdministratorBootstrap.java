package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.PasswordPolicy;
import org.colloquium.kernel.account.domain.SignUpPolicy;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.jobs.ApplicationReady;

/**
 * Makes sure the platform has the administrator named by COLLOQUIUM_ADMIN_EMAIL (and
 * COLLOQUIUM_ADMIN_PASSWORD for a new account). Without them and without demo data, public sign-up
 * stays closed until an administrator exists ({@link SignUpPolicy}); the log says so at each start.
 */
@ApplicationScoped
public class AdministratorBootstrap {

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  @Inject Settings settings;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /** At each start, once the schema is migrated (and demo data, if any, loaded). */
  @Transactional
  void onReady(@Observes ApplicationReady ready) {
    ensureConfiguredAdministrator();
  }

  @Transactional
  public void ensureConfiguredAdministrator() {
    createOrPromote();
    if (!SignUpPolicy.open(settings.demoData(), accounts.administratorCount())) {
      LOG.warning(
          "No platform administrator: public sign-up is closed until one exists. Set"
              + " COLLOQUIUM_ADMIN_EMAIL and COLLOQUIUM_ADMIN_PASSWORD and restart"
              + " (docs/deploy.md, \"Create the first administrator\").");
    }
  }

  private void createOrPromote() {
    if (settings.adminEmail().isEmpty()) {
      return;
    }
    var email = EmailAddress.parse(settings.adminEmail().get());
    if (email.isEmpty()) {
      LOG.severe("COLLOQUIUM_ADMIN_EMAIL is not an email address; no administrator created");
      return;
    }
    var existing = accounts.findByEmail(email.get());
    if (existing.isPresent()) {
      existing.get().makePlatformAdministrator();
      return;
    }
    String password = settings.adminPassword().orElse("");
    var problems = PasswordPolicy.check(password, email.get(), "password");
    if (!problems.isEmpty()) {
      LOG.severe(
          () ->
              "COLLOQUIUM_ADMIN_PASSWORD is missing or too weak ("
                  + problems
                  + "); administrator "
                  + email.get()
                  + " not created");
      return;
    }
    var now = clock.instant();
    Account admin =
        new Account(
            email.get(),
            hasher.hash(password),
            new Profile("Administrator", null, null, null, Language.fallback()),
            now);
    admin.confirmEmail(now);
    admin.makePlatformAdministrator();
    accounts.add(admin);
    LOG.info(() -> "Created platform administrator " + email.get());
  }
}
