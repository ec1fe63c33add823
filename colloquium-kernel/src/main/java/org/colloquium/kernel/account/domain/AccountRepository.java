package org.colloquium.kernel.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.kernel.secrets.HashedSecret;

/** Accounts and their tokens. Joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public Optional<Account> find(Long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Optional<Account> findByEmail(EmailAddress email) {
    return em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  public List<Account> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Locks the account's row until the transaction ends. */
  public void lock(Long id) {
    em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  public long count() {
    return em.createNamedQuery("Account.count", Long.class).getSingleResult();
  }

  public long administratorCount() {
    return em.createNamedQuery("Account.administratorCount", Long.class).getSingleResult();
  }

  public void add(Account account) {
    em.persist(account);
    em.flush(); // surfaces the unique-email constraint here, not at commit
  }

  public void add(AccountToken token) {
    em.persist(token);
  }

  public Optional<AccountToken> findTokenBySecret(String secret) {
    return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
        .setParameter("hash", HashedSecret.hashOf(secret))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Makes earlier unused tokens of this purpose unusable: only the newest link works. */
  public void withdrawOpenTokens(Long accountId, TokenPurpose purpose, Instant now) {
    em.createNamedQuery("AccountToken.openFor", AccountToken.class)
        .setParameter("account", accountId)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(t -> t.withdraw(now));
  }
}
