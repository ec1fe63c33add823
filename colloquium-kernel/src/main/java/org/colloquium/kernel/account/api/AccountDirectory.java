package org.colloquium.kernel.account.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts as other modules see them: looked up by id or e-mail address, as records. Reads join
 * the caller's transaction.
 */
public interface AccountDirectory {

  Optional<AccountRecord> find(Long id);

  /** Whether no account exists yet: a new, empty database. */
  boolean isEmpty();

  Optional<AccountRecord> findByEmail(EmailAddress email);

  /**
   * Locks the account until the transaction ends, so that a limit per account (active API tokens)
   * is checked by one request at a time.
   */
  void lock(Long id);

  /** The full names of the given accounts by id; unknown ids are left out. */
  Map<Long, String> names(Collection<Long> ids);

  /** The given accounts by id; unknown ids are left out. */
  Map<Long, AccountRecord> byIds(Collection<Long> ids);
}
