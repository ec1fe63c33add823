package org.colloquium.web.manage.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.registration.api.RegistrantDetail;
import org.colloquium.registration.api.Registrants;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/registrations/{id}: one registration for its event's organisers, read only;
 * what can be done to it is done from the list, where the reason is typed.
 */
@Named
@RequestScoped
public class ViewRegistrant {

  @Inject Registrants registrants;
  @Inject SignedIn signedIn;

  private String slug;
  private String id;
  private RegistrantDetail detail;

  public void load() {
    if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
      throw new NotFoundException("registration " + id);
    }
    detail = registrants.detail(signedIn.accountId(), slug, Long.valueOf(id));
  }

  public RegistrantDetail getDetail() {
    return detail;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
