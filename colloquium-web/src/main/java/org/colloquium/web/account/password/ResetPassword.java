package org.colloquium.web.account.password;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.ConfirmationResult;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /reset-password?token=…: choose a new password with the link from the mail. */
@Named
@RequestScoped
public class ResetPassword {

  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;
  @Inject HttpServletRequest request;

  /**
   * Read from the request when the bean is created, so it is known while a postback is decoded (a
   * view parameter would only be set later, in the update-model phase).
   */
  @Inject
  @Param(name = "token")
  String token;

  private ConfirmationResult linkState;
  private String password;
  private String repeat;

  /**
   * Checked on first use, not in a view action: whether the form is rendered must be known while a
   * postback is decoded, which happens before view actions run.
   */
  public ConfirmationResult getLinkState() {
    if (linkState == null) {
      linkState = accounts.checkResetToken(token);
    }
    return linkState;
  }

  public void reset() {
    if (!Objects.equals(password, repeat)) {
      feedback.show(new ValidationException(Problem.of("repeat", "password.mismatch")), "reset");
      return;
    }
    try {
      accounts.resetPassword(token, password, request.getRemoteAddr());
    } catch (ValidationException e) {
      feedback.show(e, "reset");
      return;
    } finally {
      password = null;
      repeat = null;
    }
    Messages.addGlobalInfo("resetPassword.done");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("sign-in");
  }

  public boolean isUsable() {
    return getLinkState() == ConfirmationResult.CONFIRMED;
  }

  public String getToken() {
    return token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
