package org.colloquium.web.manage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.events.application.EventManagement;
import org.colloquium.events.application.EventOverview;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

/** /manage/events/{slug}: an event's state, call for papers and committee at a glance. */
@Named
@RequestScoped
public class EventDashboard {

  @Inject EventManagement management;
  @Inject SignedIn signedIn;

  private String slug;
  private EventOverview overview;

  public void load() {
    try {
      overview = management.overview(signedIn.accountId(), slug);
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (AccessDeniedException e) {
      Pages.forbidden();
    }
  }

  public EventOverview getOverview() {
    return overview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
