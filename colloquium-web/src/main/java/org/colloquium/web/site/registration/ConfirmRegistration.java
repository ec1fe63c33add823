package org.colloquium.web.site.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.registration.api.GuestRegistering;
import org.colloquium.registration.api.GuestRegistering.Confirmation;
import org.omnifaces.util.Faces;

/**
 * /events/{slug}/register/confirm?token=…: the link of the mail sent to someone registering without
 * an account. Following it registers them (the place is decided now) and shows where the
 * registration stands, with the link that manages it.
 */
@Named
@RequestScoped
public class ConfirmRegistration {

  @Inject GuestRegistering guests;

  private String slug;
  private String token;
  private Confirmation confirmation;

  public void load() {
    Faces.getResponse().setHeader("Cache-Control", "no-store");
    confirmation = guests.confirm(token);
  }

  public Confirmation getConfirmation() {
    return confirmation;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
