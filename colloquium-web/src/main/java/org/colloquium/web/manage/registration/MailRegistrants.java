package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrantMail;
import org.colloquium.registration.api.RegistrantMail.Draft;
import org.colloquium.registration.api.RegistrantMail.Preview;
import org.colloquium.registration.api.RegistrantMail.Sending;
import org.colloquium.registration.api.RegistrantMail.Sent;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.web.faces.EnumParameters;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/registrations/mail: the organisers write to a filtered set of registrants,
 * preview, send. The form carries a key made when it was opened: the same form sent twice (a double
 * click, a request retried) queues its mails once.
 */
@Named
@ViewScoped
public class MailRegistrants implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrantMail mail;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private final String sendKey = UUID.randomUUID().toString();
  private String state = RegistrationState.CONFIRMED.name();
  private String mode;
  private String subjectEn;
  private String bodyEn;
  private String subjectRo;
  private String bodyRo;
  private Preview preview;
  private List<Sending> sendings;

  public void load() {
    if (sendings == null) {
      sendings = mail.sendings(signedIn.accountId(), slug);
    }
  }

  private Draft draft() {
    return new Draft(
        EnumParameters.parse(RegistrationState.class, state),
        EnumParameters.parse(ParticipationMode.class, mode),
        subjectEn,
        bodyEn,
        subjectRo,
        bodyRo);
  }

  public void preview() {
    try {
      preview = mail.preview(signedIn.accountId(), slug, draft());
    } catch (ValidationException e) {
      preview = null;
      feedback.show(e, "mail");
    }
  }

  public void send() {
    try {
      Sent sent = mail.send(signedIn.accountId(), slug, draft(), sendKey);
      if (sent.repeated()) {
        Messages.addGlobalWarn("registration.mail.repeated", sent.recipients());
      } else {
        Messages.addGlobalInfo("registration.mail.sent", sent.recipients());
      }
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("manage/events/%s/registrations/mail", slug);
    } catch (ValidationException e) {
      feedback.show(e, "mail");
    }
  }

  public List<RegistrationState> getStates() {
    return List.of(RegistrationState.values());
  }

  public List<ParticipationMode> getModes() {
    return List.of(ParticipationMode.values());
  }

  public Preview getPreview() {
    return preview;
  }

  public List<Sending> getSendings() {
    return sendings;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getSubjectEn() {
    return subjectEn;
  }

  public void setSubjectEn(String subjectEn) {
    this.subjectEn = subjectEn;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getSubjectRo() {
    return subjectRo;
  }

  public void setSubjectRo(String subjectRo) {
    this.subjectRo = subjectRo;
  }

  public String getBodyRo() {
    return bodyRo;
  }

  public void setBodyRo(String bodyRo) {
    this.bodyRo = bodyRo;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
