package org.colloquium.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.colloquium.kernel.account.api.SignInResult;

/**
 * Carries the detailed outcome of a sign-in from the identity store (which can only answer valid or
 * invalid) to the sign-in page (which must say "too many attempts" or "confirm your address").
 */
@RequestScoped
public class SignInAttempt {

  private SignInResult result;

  void record(SignInResult result) {
    this.result = result;
  }

  public SignInResult result() {
    return result;
  }
}
