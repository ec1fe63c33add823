package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.RegistrationSetupView;
import org.colloquium.registration.api.RegistrationSetups;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /manage/events/{slug}/registration: when registration is open, places per mode, moderation. */
@Named
@ViewScoped
public class SetUpRegistration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationSetups setups;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private RegistrationSetupView view;
  private RegistrationSetupFields form;

  public void load() {
    if (view == null) {
      view = setups.setup(signedIn.accountId(), slug);
      form = RegistrationSetupFields.of(view.setup());
    }
  }

  public void save() {
    try {
      setups.save(signedIn.accountId(), slug, form.setup());
      Messages.addGlobalInfo("registration.setup.saved");
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("manage/events/%s/registration", slug);
    } catch (ValidationException e) {
      feedback.show(e, "setup");
    }
  }

  public List<Moderation> getModerations() {
    return List.of(Moderation.values());
  }

  public List<ParticipantList> getParticipantLists() {
    return List.of(ParticipantList.values());
  }

  public RegistrationSetupView getView() {
    return view;
  }

  public RegistrationSetupFields getForm() {
    return form;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
