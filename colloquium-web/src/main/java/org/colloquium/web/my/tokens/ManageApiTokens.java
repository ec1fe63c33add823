package org.colloquium.web.my.tokens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.kernel.apitoken.api.ApiTokenLifetime;
import org.colloquium.kernel.apitoken.api.ApiTokenRequest;
import org.colloquium.kernel.apitoken.api.ApiTokenScope;
import org.colloquium.kernel.apitoken.api.ApiTokenView;
import org.colloquium.kernel.apitoken.api.ApiTokens;
import org.colloquium.kernel.apitoken.api.CreatedApiToken;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The "API tokens" section of /my/profile: the caller's tokens with their scope and expiry,
 * creating one (with the account's password again; its secret is shown once, see {@link
 * NewApiToken}) and revoking one after a confirmation step that works without JavaScript.
 */
@Named
@ViewScoped
public class ManageApiTokens implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The creation form; its field ids are the service's field names. */
  static final String FORM = "apiTokens";

  @Inject ApiTokens tokens;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject NewApiToken shownOnce;
  @Inject Settings settings;
  @Inject HttpServletRequest request;

  private List<ApiTokenView> list;
  private String name;
  private ApiTokenLifetime lifetime = ApiTokenLifetime.DAYS_90;
  private ApiTokenScope scope = ApiTokenScope.READ_ONLY;

  /** Never kept beyond the request that sends it: cleared whatever the outcome. */
  private transient String password;

  /** The token whose revocation waits for confirmation; posted back in a hidden field. */
  private Long confirming;

  public List<ApiTokenView> getTokens() {
    if (list == null) {
      list = tokens.list(signedIn.accountId());
    }
    return list;
  }

  public void create() {
    String given = password;
    password = null;
    try {
      CreatedApiToken created =
          tokens.create(
              signedIn.accountId(),
              new ApiTokenRequest(name, lifetime, scope, given),
              request.getRemoteAddr());
      // Not redirected: the secret exists only in this response, never in the session.
      shownOnce.show(created);
      name = null;
      lifetime = ApiTokenLifetime.DAYS_90;
      scope = ApiTokenScope.READ_ONLY;
      confirming = null;
      list = null;
      Messages.addGlobalInfo("apiToken.created", created.token().name());
    } catch (ValidationException e) {
      // The name and the choices stay in the form; only the password is asked for again.
      feedback.show(e, FORM);
    }
  }

  public List<ApiTokenLifetime> getLifetimes() {
    return List.of(ApiTokenLifetime.values());
  }

  public List<ApiTokenScope> getScopes() {
    return List.of(ApiTokenScope.READ_ONLY, ApiTokenScope.READ_WRITE);
  }

  public void askToRevoke(Long tokenId) {
    confirming = tokenId;
  }

  public void cancelRevoke() {
    confirming = null;
  }

  public void revoke() {
    Long tokenId = confirming;
    confirming = null;
    tokens.revoke(signedIn.accountId(), tokenId);
    Messages.addGlobalInfo("apiToken.revoked");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("my/profile");
  }

  /** The token awaiting confirmation, if it is still in the list. */
  public ApiTokenView getConfirmingToken() {
    return confirming == null
        ? null
        : getTokens().stream().filter(t -> t.id().equals(confirming)).findFirst().orElse(null);
  }

  /** Tokens belong to no event: their times are shown in the site's zone. */
  public ZoneId getZone() {
    return settings.timeZone();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ApiTokenLifetime getLifetime() {
    return lifetime;
  }

  public void setLifetime(ApiTokenLifetime lifetime) {
    this.lifetime = lifetime;
  }

  public ApiTokenScope getScope() {
    return scope;
  }

  public void setScope(ApiTokenScope scope) {
    this.scope = scope;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getConfirming() {
    return confirming;
  }

  public void setConfirming(Long confirming) {
    this.confirming = confirming;
  }
}
