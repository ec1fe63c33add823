package org.colloquium.web.my.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /my/password: change the password, knowing the current one. */
@Named
@RequestScoped
public class ChangePassword {

  @Inject SignedIn signedIn;
  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;
  @Inject HttpServletRequest request;

  private String currentPassword;
  private String newPassword;
  private String repeat;

  public void change() {
    try {
      if (!Objects.equals(newPassword, repeat)) {
        throw new ValidationException(Problem.of("repeat", "password.mismatch"));
      }
      int version = accounts.changePassword(signedIn.accountId(), currentPassword, newPassword);
      // This session stays signed in; every other session of the account ends.
      SignedIn.remember(request, version);
      Messages.addGlobalInfo("password.changed");
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("my/password");
    } catch (ValidationException e) {
      feedback.show(e, "password");
    } finally {
      currentPassword = null;
      newPassword = null;
      repeat = null;
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
