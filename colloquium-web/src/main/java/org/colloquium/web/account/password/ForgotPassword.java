package org.colloquium.web.account.password;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;

/**
 * /forgot-password: mails a reset link. The answer is the same whether or not the address has an
 * account, so the form cannot be used to find out who is registered.
 */
@Named
@RequestScoped
public class ForgotPassword {

  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;
  @Inject HttpServletRequest request;

  private String email;
  private boolean sent;

  public void send() {
    if (EmailAddress.parse(email).isEmpty()) {
      feedback.show(
          new ValidationException(Problem.of("email", "account.email.invalid")), "forgotPassword");
      return;
    }
    try {
      accounts.requestPasswordReset(email, request.getRemoteAddr());
    } catch (TooManyRequestsException e) {
      feedback.tooManyRequests(e);
      return;
    }
    sent = true;
  }

  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
