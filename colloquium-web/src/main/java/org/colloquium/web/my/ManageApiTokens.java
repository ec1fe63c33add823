package org.colloquium.web.my;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.apitoken.application.ApiTokenView;
import org.colloquium.kernel.apitoken.application.ApiTokens;
import org.colloquium.kernel.apitoken.application.CreatedApiToken;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

/**
 * The "API tokens" section of /my/profile: the caller's active tokens, creating one (its secret is
 * shown once, see {@link NewApiToken}) and revoking one after a confirmation step that works
 * without JavaScript.
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

  private List<ApiTokenView> list;
  private String name;

  /** The token whose revocation waits for confirmation; posted back in a hidden field. */
  private Long confirming;

  public List<ApiTokenView> getTokens() {
    if (list == null) {
      list = tokens.list(signedIn.accountId());
    }
    return list;
  }

  public void create() {
    try {
      CreatedApiToken created = tokens.create(signedIn.accountId(), name);
      // Not redirected: the secret exists only in this response, never in the session.
      shownOnce.show(created);
      name = null;
      confirming = null;
      list = null;
      feedback.info("apiToken.created", created.token().name());
    } catch (ValidationException e) {
      feedback.show(e, FORM);
    }
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
    try {
      tokens.revoke(signedIn.accountId(), tokenId);
    } catch (NotFoundException e) {
      Pages.notFound();
      return;
    }
    feedback.info("apiToken.revoked");
    feedback.keepForNextPage();
    Pages.redirect("/my/profile");
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

  public Long getConfirming() {
    return confirming;
  }

  public void setConfirming(Long confirming) {
    this.confirming = confirming;
  }
}
