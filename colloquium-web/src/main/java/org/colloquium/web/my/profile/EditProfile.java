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
  private ProfileFields profile;
  private Language preferredLanguage;

  public void load() {
    if (email != null) {
      return;
    }
    AccountView account = signedIn.account().orElseThrow();
    email = account.email();
    profile = ProfileFields.of(account);
    preferredLanguage = account.language();
  }

  public void save() {
    try {
      AccountView saved =
          accounts.updateProfile(
              signedIn.accountId(),
              new ProfileChange(
                  profile.getFullName(),
                  profile.getAffiliation(),
                  profile.getCountry(),
                  profile.getOrcid(),
                  preferredLanguage));
      profile.setOrcid(saved.orcid());
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

  public ProfileFields getProfile() {
    return profile;
  }

  public Language getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(Language preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }
}
