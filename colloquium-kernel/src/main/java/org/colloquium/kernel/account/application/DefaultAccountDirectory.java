package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;

/** The module's implementation of {@link AccountDirectory}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultAccountDirectory implements AccountDirectory {

  @Inject AccountRepository accounts;

  @Override
  public Optional<AccountRecord> find(Long id) {
    return id == null ? Optional.empty() : accounts.find(id).map(DefaultAccountDirectory::record);
  }

  @Override
  public boolean isEmpty() {
    return accounts.count() == 0;
  }

  @Override
  public Optional<AccountRecord> findByEmail(EmailAddress email) {
    return accounts.findByEmail(email).map(DefaultAccountDirectory::record);
  }

  @Override
  public void lock(Long id) {
    accounts.lock(id);
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    return accounts.byIds(ids).stream().collect(Collectors.toMap(Account::id, Account::fullName));
  }

  @Override
  public Map<Long, AccountRecord> byIds(Collection<Long> ids) {
    return accounts.byIds(ids).stream()
        .collect(Collectors.toMap(Account::id, DefaultAccountDirectory::record));
  }

  static AccountRecord record(Account a) {
    return new AccountRecord(
        a.id(),
        a.email(),
        a.fullName(),
        a.preferredLanguage(),
        a.profile(),
        a.isPlatformAdministrator());
  }
}
