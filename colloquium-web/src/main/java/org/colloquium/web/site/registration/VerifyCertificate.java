package org.colloquium.web.site.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.colloquium.registration.api.CertificateCode;
import org.colloquium.registration.api.CertificateView;
import org.colloquium.registration.api.Certificates;
import org.colloquium.web.i18n.LocaleSelection;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /certificates/{code}: whether a certificate is genuine, for whoever was shown one: who, what,
 * when, how, and its PDF. An unknown code answers 404 and says so plainly. Names are on this page,
 * so it is kept out of search engines.
 */
@Named
@RequestScoped
public class VerifyCertificate {

  @Inject Certificates certificates;
  @Inject LocaleSelection locale;

  @Inject
  @Param(name = "code")
  String code;

  private CertificateView certificate;

  public void load() {
    HttpServletResponse response = Faces.getResponse();
    response.setHeader("X-Robots-Tag", "noindex");
    certificate = certificates.verify(code, locale.current()).orElse(null);
    if (certificate == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  public CertificateView getCertificate() {
    return certificate;
  }

  /**
   * The code as it would be printed, or null when what was asked for cannot be a code: the page
   * repeats only a code, never whatever text an address carries.
   */
  public String getShownCode() {
    return CertificateCode.normalise(code).map(CertificateCode::printed).orElse(null);
  }
}
