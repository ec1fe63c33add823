package org.colloquium.web.account.signup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.SignUpRequest;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.account.signin.ContinueTo;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.my.profile.ProfileFields;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /sign-up?next=…: creates an account and mails the confirmation link, which leads on to {@code
 * next} (a path on this site) once the address is confirmed.
 */
@Named
@RequestScoped
public class SignUp {

  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;
  @Inject LocaleSelection language;
  @Inject HttpServletRequest request;

  /**
   * From the address; the form posts back to the same address (see RoutedViewHandler), so it is
   * still there when the form is sent.
   */
  @Inject
  @Param(name = "next")
  String next;

  private Boolean open;
  private String email;
  private String password;
  private final ProfileFields profile = new ProfileFields();

  public void signUp() {
    try {
      accounts.signUp(
          new SignUpRequest(
              email,
              password,
              profile.getFullName(),
              profile.getAffiliation(),
              profile.getCountry(),
              profile.getOrcid(),
              language.current(),
              ContinueTo.orNull(next)),
          request.getRemoteAddr());
    } catch (ValidationException e) {
      password = null;
      feedback.show(e, "signUp");
      return;
    } catch (TooManyRequestsException e) {
      password = null;
      feedback.tooManyRequests(e);
      return;
    }
    Faces.redirect("sign-up/check-your-mail");
  }

  /** Whether the site accepts new accounts now; a fresh install without administrator does not. */
  public boolean isOpen() {
    if (open == null) {
      open = accounts.signUpOpen();
    }
    return open;
  }

  /** Passes {@code next} on to the sign-in link, for those who find they have an account. */
  public String getNextQuery() {
    return ContinueTo.query(next);
  }

  public Language getLanguage() {
    return language.current();
  }

  public ProfileFields getProfile() {
    return profile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
