package org.colloquium.web.site.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.events.api.CallCatalogue;
import org.colloquium.events.api.CallPage;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}/cfp: the full call for papers. Drafts answer 404 to those who may not manage them;
 * an event without a call says so.
 */
@Named
@RequestScoped
public class CallForPapersPage {

  @Inject CallCatalogue calls;
  @Inject SignedIn signedIn;

  private String slug;
  private CallPage page;

  public void load() {
    page =
        calls
            .page(slug, signedIn.accountId())
            .orElseThrow(() -> new NotFoundException("call of " + slug));
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
