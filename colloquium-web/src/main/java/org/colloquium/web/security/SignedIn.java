package org.colloquium.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.colloquium.events.application.EventManagement;
import org.colloquium.kernel.account.application.AccountQueries;
import org.colloquium.kernel.account.application.AccountView;
import org.colloquium.kernel.account.domain.Roles;

/**
 * The caller of the current request as pages and beans see it ({@code #{signedIn.name}}). Nothing
 * is kept in the session beyond what the container keeps for the sign-in itself.
 */
@Named
@RequestScoped
public class SignedIn {

  @Inject SecurityContext security;
  @Inject AccountQueries accounts;
  @Inject EventManagement events;

  private Optional<AccountView> account;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null && accountId() != null;
  }

  /** The account id, or null for an anonymous visitor. */
  public Long accountId() {
    var principal = security.getCallerPrincipal();
    if (principal == null) {
      return null;
    }
    try {
      return Long.valueOf(principal.getName());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isAdministrator() {
    return isSignedIn() && security.isCallerInRole(Roles.ADMINISTRATOR);
  }

  public Optional<AccountView> account() {
    if (account == null) {
      account = accounts.find(accountId());
    }
    return account;
  }

  /** The name the header shows. */
  public String getName() {
    return account().map(AccountView::fullName).orElse("");
  }

  /** Whether to offer the management area: organisers of some event and administrators. */
  public boolean getOrganiser() {
    return isSignedIn() && events.managesAnyEvent(accountId());
  }

  /** For EL: {@code #{signedIn.signedIn}}. */
  public boolean getSignedIn() {
    return isSignedIn();
  }

  /** For EL: {@code #{signedIn.administrator}}. */
  public boolean getAdministrator() {
    return isAdministrator();
  }
}
