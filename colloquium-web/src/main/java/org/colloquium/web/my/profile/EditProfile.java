package org.colloquium.web.my.profile;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.AccountView;
import org.colloquium.kernel.account.api.ProfileChange;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/** /my/profile: name, affiliation, country, ORCID iD and preferred language. */
@Named
@ViewScoped
public class EditProfile implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject AccountService accounts;
  @Inject FacesFeedback feedback;
  @Inject LocaleSelection language;

  private String email;
  private String fullName;
  private String affiliation;
  private String country;
  private String orcid;
  private Language preferredLanguage;

  public void load() {
    if (email != null) {
      return;
    }
    AccountView account = signedIn.account().orElseThrow();
    email = account.email();
    fullName = account.fullName();
    affiliation = account.affiliation();
    country = account.country();
    orcid = account.orcid();
    preferredLanguage = account.language();
  }

  public void save() {
    try {
      AccountView saved =
          accounts.updateProfile(
              signedIn.accountId(),
              new ProfileChange(fullName, affiliation, country, orcid, preferredLanguage));
      orcid = saved.orcid();
      // The rest of this response, the confirmation included, already speaks the new language.
      language.choose(
          saved.language(),
          (HttpServletResponse)
              FacesContext.getCurrentInstance().getExternalContext().getResponse());
      FacesContext.getCurrentInstance().getViewRoot().setLocale(saved.language().locale());
      Messages.addGlobalInfo("profile.saved");
    } catch (ValidationException e) {
      feedback.show(e, "profile");
    }
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getOrcid() {
    return orcid;
  }

  public void setOrcid(String orcid) {
    this.orcid = orcid;
  }

  public Language getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(Language preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }
}
