package org.colloquium.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.events.application.CallCatalogue;
import org.colloquium.events.application.CallPage;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}/submit, for signed-in people: where the abstract form will be. Until the
 * submissions module exists it says so honestly and repeats the call's key rules.
 */
@Named
@RequestScoped
public class SubmitAbstract {

  @Inject CallCatalogue calls;
  @Inject SignedIn signedIn;

  private String slug;
  private CallPage page;

  public void load() {
    page = calls.page(slug, signedIn.accountId()).orElse(null);
    if (page == null) {
      Pages.notFound();
    }
  }

  public CallPage getPage() {
    return page;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
