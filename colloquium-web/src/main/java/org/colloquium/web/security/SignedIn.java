package org.colloquium.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.account.api.AccountQueries;
import org.colloquium.kernel.account.api.AccountView;

/**
 * The caller of the current request as pages and beans see it ({@code #{signedIn.name}}). Read from
 * the database on every request, so that a changed password (which ends other sessions), a removed
 * account or a changed role take effect at once. The session keeps only the credential version the
 * caller signed in with.
 */
@Named
@RequestScoped
public class SignedIn {

  private static final Logger LOG = Logger.getLogger(SignedIn.class.getName());

  /** Session attribute: the account's credential version at sign-in. */
  static final String CREDENTIAL_VERSION = "colloquium.credentialVersion";

  @Inject SecurityContext security;
  @Inject AccountQueries accounts;
  @Inject HttpServletRequest request;

  private Optional<AccountView> account;

  /** Called right after a successful sign-in or password change by this session. */
  public static void remember(HttpServletRequest request, int credentialVersion) {
    request.getSession().setAttribute(CREDENTIAL_VERSION, credentialVersion);
  }

  /**
   * The signed-in account, or empty for an anonymous visitor. A session whose account is gone or
   * whose password was changed elsewhere is ended here and counts as anonymous.
   */
  public Optional<AccountView> account() {
    if (account == null) {
      account = resolve();
    }
    return account;
  }

  private Optional<AccountView> resolve() {
    var principal = security.getCallerPrincipal();
    Long accountId;
    try {
      accountId = principal == null ? null : Long.valueOf(principal.getName());
    } catch (NumberFormatException e) {
      // The container's name for nobody ("anonymous"): not signed in, nothing to end.
      return Optional.empty();
    }
    if (accountId == null) {
      return Optional.empty();
    }
    Optional<AccountView> found = accounts.find(accountId);
    HttpSession session = request.getSession(false);
    Object remembered = session == null ? null : session.getAttribute(CREDENTIAL_VERSION);
    if (found.isPresent()
        && remembered instanceof Integer version
        && version == found.get().credentialVersion()) {
      return found;
    }
    endStaleSession(session);
    return Optional.empty();
  }

  private void endStaleSession(HttpSession session) {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.FINE, "logout of a stale session failed", e);
    }
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // Nothing left to end.
      }
    }
  }

  public boolean isSignedIn() {
    return account().isPresent();
  }

  /** The account id, or null for an anonymous visitor. */
  public Long accountId() {
    return account().map(AccountView::id).orElse(null);
  }

  /** From the database, not from the role given at sign-in: a revoked role ends at once. */
  public boolean isAdministrator() {
    return account().map(AccountView::administrator).orElse(false);
  }

  /** The name the header shows. */
  public String getName() {
    return account().map(AccountView::fullName).orElse("");
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
