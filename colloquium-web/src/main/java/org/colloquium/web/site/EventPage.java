package org.colloquium.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.events.application.EventCatalogue;
import org.colloquium.events.application.EventDetails;
import org.colloquium.events.application.EventManagement;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

/** /events/{slug}: the public page of an event. Drafts answer 404 to those who may not manage. */
@Named
@RequestScoped
public class EventPage {

  @Inject EventCatalogue catalogue;
  @Inject EventManagement management;
  @Inject SignedIn signedIn;

  private String slug;
  private EventDetails event;

  public void load() {
    event = catalogue.details(slug, signedIn.accountId()).orElse(null);
    if (event == null) {
      Pages.notFound();
    }
  }

  public boolean isManageable() {
    return signedIn.isSignedIn() && management.canManage(signedIn.accountId(), slug);
  }

  public EventDetails getEvent() {
    return event;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
