package org.colloquium.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.colloquium.kernel.account.api.Authentication;
import org.colloquium.kernel.account.api.SignInResult;
import org.colloquium.kernel.account.domain.Roles;

/**
 * Validates email and password against the kernel's accounts. The caller name is the account id
 * (stable when the email changes); groups are the platform roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Authentication authentication;
  @Inject SignInAttempt attempt;
  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result =
        authentication.signIn(
            login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
    attempt.record(result);
    if (result.status() != SignInResult.Status.SIGNED_IN) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = new HashSet<>();
    groups.add(Roles.USER);
    if (result.administrator()) {
      groups.add(Roles.ADMINISTRATOR);
    }
    return new CredentialValidationResult(String.valueOf(result.accountId()), groups);
  }
}
