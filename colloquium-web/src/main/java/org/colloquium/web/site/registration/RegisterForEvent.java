package org.colloquium.web.site.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.Registering;
import org.colloquium.registration.api.RegistrationPage;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /events/{slug}/register: a signed-in person registers, sees where their registration stands
 * (confirmed, waiting and how many before them, an offer and until when), changes their answers or
 * mode, accepts or declines an offer, and cancels.
 */
@Named
@ViewScoped
public class RegisterForEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Registering registering;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private RegistrationPage page;
  private AttendanceFields form;

  public void load() {
    if (page == null) {
      page = registering.page(signedIn.accountId(), slug);
      form = AttendanceFields.of(page.answers());
    }
  }

  public void register() {
    try {
      MyRegistration mine = registering.register(signedIn.accountId(), slug, form.answers());
      Messages.addGlobalInfo("registration.done." + mine.state());
      again();
    } catch (ValidationException e) {
      feedback.show(e, "attendance");
    }
  }

  public void saveChanges() {
    try {
      registering.change(signedIn.accountId(), slug, form.answers());
      Messages.addGlobalInfo("registration.changed");
      again();
    } catch (ValidationException e) {
      feedback.show(e, "attendance");
    }
  }

  public void cancel() {
    registering.cancel(signedIn.accountId(), slug);
    Messages.addGlobalInfo("registration.cancelled");
    again();
  }

  public void accept() {
    registering.acceptOffer(signedIn.accountId(), slug);
    Messages.addGlobalInfo("registration.accepted");
    again();
  }

  public void decline() {
    registering.declineOffer(signedIn.accountId(), slug);
    Messages.addGlobalInfo("registration.declined");
    again();
  }

  /** After a change: the page again, read anew, with the message kept across the redirect. */
  private void again() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("events/%s/register", slug);
  }

  public MyRegistration getCurrent() {
    return page == null ? null : page.current();
  }

  /** The form is shown to register, or to change a registration that is not over. */
  public boolean isFormShown() {
    MyRegistration current = getCurrent();
    return current == null ? page.opening().open() : current.changeable();
  }

  public boolean isOffered() {
    MyRegistration current = getCurrent();
    return current != null && current.state() == RegistrationState.OFFERED;
  }

  public List<AcademicStatus> getStatuses() {
    return List.of(AcademicStatus.values());
  }

  public RegistrationPage getPage() {
    return page;
  }

  public AttendanceFields getForm() {
    return form;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
