package org.colloquium.web.site.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventManagement;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.config.Settings;
import org.colloquium.programme.api.PdfKind;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.registration.api.RegistrationOpening;
import org.colloquium.registration.api.RegistrationPlaces;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}: the public page of an event, in the visitor's language where the organisers
 * translated it. Drafts answer 404 to those who may not manage them.
 */
@Named
@RequestScoped
public class EventPage {

  @Inject EventCatalogue catalogue;
  @Inject EventManagement management;
  @Inject SignedIn signedIn;
  @Inject LocaleSelection language;
  @Inject Settings settings;
  @Inject PublishedProgrammes programmes;
  @Inject RegistrationPlaces registrationPlaces;

  private String slug;
  private EventDetails event;
  private PublishedProgramme programme;
  private Set<PdfKind> readyPdfs;
  private Optional<RegistrationOpening> registration;

  public void load() {
    event =
        catalogue
            .details(slug, signedIn.accountId(), language.current())
            .orElseThrow(() -> new NotFoundException("event " + slug));
  }

  /** The programme's last release, or null before the first. */
  public PublishedProgramme getProgramme() {
    if (programme == null) {
      programme = programmes.current(slug, signedIn.accountId()).orElse(null);
    }
    return programme;
  }

  /**
   * The event's registration, or null when it has none: the page shows when it opens or closes and
   * the places left (at most half a minute old, see the registration module's page schedule).
   */
  public RegistrationOpening getRegistration() {
    if (registration == null) {
      registration = registrationPlaces.opening(slug, signedIn.accountId());
    }
    return registration.orElse(null);
  }

  /** The PDFs of the programme's last release that are made (they are made after publishing). */
  public Set<PdfKind> getReadyPdfs() {
    if (readyPdfs == null) {
      readyPdfs = programmes.readyPdfs(slug, signedIn.accountId());
    }
    return readyPdfs;
  }

  public boolean pdfReady(String kind) {
    return getReadyPdfs().contains(PdfKind.valueOf(kind));
  }

  public boolean isManageable() {
    return signedIn.isSignedIn() && management.canManage(signedIn.accountId(), slug);
  }

  /** The page's absolute address, for {@code og:url}: sharing needs the public host. */
  public String getShareUrl() {
    return settings.baseUrl() + "/events/" + slug;
  }

  /** The Open Graph locale of the texts shown ({@code en_GB}, {@code ro_RO}). */
  public String getShareLocale() {
    return switch (event.summary().language()) {
      case EN -> "en_GB";
      case RO -> "ro_RO";
    };
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
