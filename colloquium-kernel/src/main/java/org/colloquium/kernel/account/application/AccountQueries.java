package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.EmailAddress;

/** Read side of accounts: views for pages, never entities. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountQueries {

  @Inject AccountRepository accounts;

  public Optional<AccountView> find(Long accountId) {
    return accountId == null
        ? Optional.empty()
        : accounts.find(accountId).map(AccountQueries::toView);
  }

  public Optional<AccountView> findByEmail(String email) {
    return EmailAddress.parse(email).flatMap(accounts::findByEmail).map(AccountQueries::toView);
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
