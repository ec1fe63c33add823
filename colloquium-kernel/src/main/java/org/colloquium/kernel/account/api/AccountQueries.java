package org.colloquium.kernel.account.api;

import java.util.Optional;

/** Read side of accounts: views for pages, never entities. */
public interface AccountQueries {
  Optional<AccountView> find(Long accountId);

  Optional<AccountView> findByEmail(String email);
}
