package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.CertificateOverview;
import org.colloquium.registration.api.Certificates;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/certificates: after the event, the organisers set the hours printed, issue
 * a certificate to everyone who came, check one, and send them all by mail.
 */
@Named
@ViewScoped
public class IssueCertificates implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Certificates certificates;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private String hours;
  private CertificateOverview overview;

  public void load() {
    if (overview == null) {
      overview = certificates.overview(signedIn.accountId(), slug);
      hours = overview.hours() == null ? null : overview.hours().toPlainString();
    }
  }

  public void issue() {
    try {
      int made = certificates.issue(signedIn.accountId(), slug, parsedHours());
      Messages.addGlobalInfo("registration.certificates.issued", made);
      again();
    } catch (ValidationException e) {
      feedback.show(e, "certificates");
    }
  }

  public void send() {
    int queued = certificates.send(signedIn.accountId(), slug);
    Messages.addGlobalInfo("registration.certificates.sent", queued);
    again();
  }

  private void again() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/certificates", slug);
  }

  /** Typed as people write it: "8", "7.5" or "7,5"; empty for no hours printed. */
  private BigDecimal parsedHours() {
    if (hours == null || hours.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(hours.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new ValidationException(Problem.of("hours", "registration.certificates.hours.range"));
    }
  }

  public CertificateOverview getOverview() {
    return overview;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
