package org.colloquium.web.account.signup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.ConfirmationResult;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.web.account.signin.ContinueTo;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * /confirm-email?token=…: the link from the confirmation mail. Opening it confirms the address (a
 * mail scanner that opens it first only confirms it early, which is harmless); an expired link
 * offers to send a new one. With {@code next=…} (carried from sign-up), a confirmed visitor is
 * offered to continue there.
 */
@Named
@RequestScoped
public class ConfirmEmail {

  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;
  @Inject HttpServletRequest request;
  @Inject SignedIn signedIn;

  /**
   * Read from the request when the bean is created, so it is known while a postback is decoded (a
   * view parameter would only be set later, in the update-model phase).
   */
  @Inject
  @Param(name = "token")
  String token;

  @Inject
  @Param(name = "next")
  String next;

  private ConfirmationResult result;
  private String email;

  /**
   * Follows the link on first use. Not a view action: on the postback of the "send a new link"
   * form, whether that form exists must be known while the postback is decoded, before view actions
   * run. Following an expired or unknown link again changes nothing.
   */
  public ConfirmationResult getResult() {
    if (result == null) {
      result = accounts.confirmEmail(token);
    }
    return result;
  }

  public void resend() {
    try {
      accounts.resendConfirmation(email, ContinueTo.orNull(next), request.getRemoteAddr());
    } catch (TooManyRequestsException e) {
      feedback.tooManyRequests(e);
      return;
    }
    Messages.addGlobalInfo("confirmEmail.resent");
  }

  /** Where "Continue" leads (a path on this site), or null when the link carried nowhere to go. */
  public String getContinueLink() {
    return ContinueTo.afterConfirmation(next, signedIn.isSignedIn());
  }

  public String getToken() {
    return token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
