package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.colloquium.kernel.account.api.AccountQueries;
import org.colloquium.kernel.account.api.AccountView;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;

/** The module's implementation of {@link AccountQueries}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultAccountQueries implements AccountQueries {

  @Inject AccountRepository accounts;

  @Override
  public Optional<AccountView> find(Long accountId) {
    return accountId == null
        ? Optional.empty()
        : accounts.find(accountId).map(DefaultAccountQueries::toView);
  }

  @Override
  public Optional<AccountView> findByEmail(String email) {
    return EmailAddress.parse(email)
        .flatMap(accounts::findByEmail)
        .map(DefaultAccountQueries::toView);
  }

  static AccountView toView(Account a) {
    var p = a.profile();
    return new AccountView(
        a.id(),
        a.email().value(),
        p.fullName(),
        p.affiliation(),
        p.country(),
        p.orcid() == null ? null : p.orcid().value(),
        p.language(),
        a.isPlatformAdministrator(),
        a.credentialVersion());
  }
}
