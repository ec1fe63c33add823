package org.colloquium.web.manage.committee;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.colloquium.events.api.Committee;
import org.colloquium.events.api.CommitteeOverview;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.InvitationMailing;
import org.colloquium.events.api.InvitationRequest;
import org.colloquium.events.api.InvitationView;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/committee: the members with their roles, the invitations and their state,
 * and the form to invite someone by mail.
 */
@Named
@ViewScoped
public class ManageCommittee implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The id of the invitation form; its field ids are the service's field names. */
  static final String FORM = "invite";

  @Inject Committee committee;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private CommitteeOverview overview;
  private String email;
  private EventRole role;
  private String message;

  /** A role as the select offers it (records have no bean getters for EL). */
  public record RoleOption(EventRole value, String label) implements Serializable {
    public EventRole getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  public void load() {
    if (overview == null) {
      refresh();
    }
  }

  private void refresh() {
    overview = committee.overview(signedIn.accountId(), slug);
  }

  public void invite() {
    InvitationMailing mailing;
    try {
      mailing =
          committee.invite(signedIn.accountId(), slug, new InvitationRequest(email, role, message));
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    if (mailing.mailed()) {
      Messages.addGlobalInfo("committee.invited", email.strip());
    } else {
      notMailed(email.strip(), mailing);
    }
    backHere();
  }

  public void revoke(Long invitationId, int version) {
    if (done(() -> committee.revoke(signedIn.accountId(), slug, invitationId, version))) {
      Messages.addGlobalInfo("committee.revoked");
      backHere();
    }
  }

  public void resend(Long invitationId, int version) {
    InvitationMailing[] mailing = new InvitationMailing[1];
    if (done(
        () -> mailing[0] = committee.resend(signedIn.accountId(), slug, invitationId, version))) {
      if (mailing[0].mailed()) {
        Messages.addGlobalInfo("committee.resent");
      } else {
        String address =
            overview.invitations().stream()
                .filter(i -> i.id().equals(invitationId))
                .map(InvitationView::email)
                .findFirst()
                .orElse("");
        notMailed(address, mailing[0]);
      }
      backHere();
    }
  }

  /** The change was saved, the mail was not: say so, and when it can be sent. */
  private void notMailed(String address, InvitationMailing mailing) {
    Messages.addGlobalError(
        "committee.notMailed", address, mailing.perOrganiserPerDay(), mailing.perAddressPerDay());
  }

  public void remove(Long memberId) {
    if (done(() -> committee.removeMember(signedIn.accountId(), slug, memberId))) {
      Messages.addGlobalInfo("committee.removed");
      backHere();
    }
  }

  /**
   * Runs a change from the lists. A refusal (changed meanwhile, last organiser) is shown on the
   * page, whose lists are read again so they show what is true now.
   */
  private boolean done(Runnable change) {
    try {
      change.run();
      return true;
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      refresh();
    }
    return false;
  }

  private void backHere() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/" + slug + "/committee");
  }

  public List<RoleOption> getRoles() {
    return Arrays.stream(EventRole.values())
        .map(r -> new RoleOption(r, feedback.text("role." + r)))
        .toList();
  }

  public CommitteeOverview getOverview() {
    return overview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public EventRole getRole() {
    return role;
  }

  public void setRole(EventRole role) {
    this.role = role;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
