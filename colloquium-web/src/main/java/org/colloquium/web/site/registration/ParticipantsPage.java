package org.colloquium.web.site.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.registration.api.Participants;
import org.colloquium.registration.api.RegistrationPlaces;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}/participants: the confirmed registrants who agreed to be listed, for everyone or
 * only for the event's registrants, as the organisers chose; 404 when the event has no list.
 */
@Named
@RequestScoped
public class ParticipantsPage {

  @Inject RegistrationPlaces places;
  @Inject SignedIn signedIn;

  private String slug;
  private Participants participants;

  public void load() {
    participants =
        places
            .participants(slug, signedIn.accountId())
            .orElseThrow(() -> new NotFoundException("no participants' list for " + slug));
  }

  public boolean isSignedIn() {
    return signedIn.isSignedIn();
  }

  public Participants getParticipants() {
    return participants;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
