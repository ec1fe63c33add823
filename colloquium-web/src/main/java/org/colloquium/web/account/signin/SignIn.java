package org.colloquium.web.account.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.SignInResult;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocalPath;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignInAttempt;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /sign-in: email and password, then back to where the visitor wanted to go. */
@Named
@RequestScoped
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject SecurityContext security;
  @Inject SignInAttempt attempt;
  @Inject AccountService accounts;
  @Inject LocaleSelection language;
  @Inject FacesFeedback feedback;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private String email;
  private String password;
  private String next;
  private boolean unconfirmed;

  public void signIn() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    // A new session id at sign-in: an id planted before (session fixation) is worth nothing after.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status;
    try {
      status =
          security.authenticate(
              request,
              response,
              AuthenticationParameters.withParams()
                  .newAuthentication(true)
                  .credential(
                      new UsernamePasswordCredential(
                          email == null ? "" : email.strip(),
                          new Password(password == null ? "" : password))));
    } catch (IllegalStateException noRoomForSession) {
      // The container refuses new sessions above COLLOQUIUM_MAX_SESSIONS (jboss-web.xml), and
      // signing in needs one. Say so rather than fail: it passes as sessions expire.
      LOG.log(Level.WARNING, "sign-in refused: no session could be created", noRoomForSession);
      password = null;
      Messages.addGlobalError("signIn.busy");
      return;
    }
    password = null;
    switch (status) {
      case SUCCESS -> {
        SignInResult result = attempt.result();
        SignedIn.remember(request, result.credentialVersion());
        if (result.language() != null) {
          language.choose(result.language(), response);
        }
        Faces.redirect(LocalPath.orHome(next == null || next.isBlank() ? "/my" : next));
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        endSessionStartedByThisAttempt(request);
        explainFailure();
      }
    }
  }

  /**
   * Jakarta Security's login-to-continue remembers in the session that the application started the
   * authentication, so each failed attempt of an anonymous visitor would leave a session behind for
   * an hour: a cheap way to fill the server's memory. Nothing in it is needed once the attempt
   * failed.
   */
  private static void endSessionStartedByThisAttempt(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.isNew()) {
      session.invalidate();
    }
  }

  private void explainFailure() {
    SignInResult result = attempt.result();
    SignInResult.Status status = result == null ? SignInResult.Status.INVALID : result.status();
    switch (status) {
      case THROTTLED ->
          Messages.addGlobalError(
              "signIn.throttled", FacesFeedback.minutesUntil(clock, result.retryAfter()));
      case UNCONFIRMED -> {
        unconfirmed = true;
        Messages.addGlobalError("signIn.unconfirmed");
      }
      default -> Messages.addGlobalError("signIn.invalid");
    }
  }

  /** Sends the confirmation link again, for an account that signed up but did not confirm. */
  public void resendConfirmation() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      accounts.resendConfirmation(email, request.getRemoteAddr());
    } catch (TooManyRequestsException e) {
      feedback.tooManyRequests(e);
      return;
    }
    Messages.addGlobalInfo("signIn.confirmationResent");
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

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  /** Passes {@code next} on to the sign-up link, for those who have no account yet. */
  public String getNextQuery() {
    return ContinueTo.query(next);
  }

  public boolean isUnconfirmed() {
    return unconfirmed;
  }
}
