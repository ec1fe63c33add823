package org.colloquium.web.account.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.colloquium.events.api.Acceptance;
import org.colloquium.events.api.Committee;
import org.colloquium.events.api.InvitationDetails;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /invitation?token=…: the link from a committee invitation. Shows what the invitation is for and
 * to which address it was sent; a signed-in visitor accepts it with a POST (never by merely opening
 * the link, which mail scanners do), an anonymous one is offered sign-in or sign-up first.
 */
@Named
@RequestScoped
public class AcceptInvitation {

  @Inject Committee committee;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  /** Read when the bean is created, so it is known while the accept postback is decoded. */
  @Inject
  @Param(name = "token")
  String token;

  private InvitationDetails details;
  private boolean looked;

  public InvitationDetails getDetails() {
    if (!looked) {
      details = committee.invitation(token, signedIn.accountId()).orElse(null);
      looked = true;
    }
    return details;
  }

  public void accept() {
    if (!signedIn.isSignedIn()) {
      Messages.addGlobalError("invitation.signInFirst");
      return;
    }
    Acceptance acceptance;
    try {
      acceptance = committee.accept(token, signedIn.accountId());
    } catch (ValidationException e) {
      feedback.show(e, "accept");
      looked = false;
      return;
    }
    Messages.addGlobalInfo(
        "invitation.accepted", feedback.text("role." + acceptance.role()), acceptance.eventTitle());
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect(acceptance.managesEvent() ? "manage/events/" + acceptance.slug() : "my");
  }

  /** Where sign-in should bring the visitor back to: this page, with its token. */
  public String getEncodedReturnPath() {
    return URLEncoder.encode(
        "/invitation?token=" + (token == null ? "" : token), StandardCharsets.UTF_8);
  }

  public String getToken() {
    return token;
  }
}
