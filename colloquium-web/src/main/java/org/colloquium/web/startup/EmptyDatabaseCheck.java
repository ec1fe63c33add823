package org.colloquium.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.colloquium.kernel.account.domain.AccountRepository;

/** "First start": a database without a single account gets the demo data. */
@ApplicationScoped
public class EmptyDatabaseCheck {

  @Inject AccountRepository accounts;

  @Transactional
  public boolean isEmpty() {
    return accounts.count() == 0;
  }
}
