package org.colloquium.web.site.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.registration.api.CertificateView;
import org.colloquium.registration.api.Certificates;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.Registering;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;

/**
 * The signed-in person's registrations that are not over, and their certificates, for "My area".
 */
@Named
@RequestScoped
public class MyRegistrations {

  @Inject Registering registering;
  @Inject Certificates certificates;
  @Inject SignedIn signedIn;
  @Inject LocaleSelection locale;

  private List<MyRegistration> list;
  private List<CertificateView> certificateList;

  public List<MyRegistration> getList() {
    if (list == null) {
      list = registering.mine(signedIn.accountId());
    }
    return list;
  }

  public List<CertificateView> getCertificates() {
    if (certificateList == null) {
      certificateList = certificates.mine(signedIn.accountId(), locale.current());
    }
    return certificateList;
  }
}
