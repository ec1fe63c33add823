package org.colloquium.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.kernel.account.application.AccountService;
import org.colloquium.kernel.account.application.ConfirmationResult;
import org.colloquium.web.faces.FacesFeedback;

/**
 * /confirm-email?token=…: the link from the confirmation mail. Opening it confirms the address (a
 * mail scanner that opens it first only confirms it early, which is harmless); an expired link
 * offers to send a new one.
 */
@Named
@RequestScoped
public class ConfirmEmail {

  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;

  private String token;
  private ConfirmationResult result;
  private String email;

  public void confirm() {
    if (result == null) {
      result = accounts.confirmEmail(token);
    }
  }

  public void resend() {
    accounts.resendConfirmation(email);
    feedback.info("confirmEmail.resent");
  }

  public ConfirmationResult getResult() {
    return result;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
