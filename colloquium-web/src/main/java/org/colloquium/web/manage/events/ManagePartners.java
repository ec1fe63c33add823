package org.colloquium.web.manage.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.colloquium.events.api.InstitutionChange;
import org.colloquium.events.api.PartnerView;
import org.colloquium.events.api.Partners;
import org.colloquium.events.api.PartnersOverview;
import org.colloquium.kernel.files.domain.ContentCheck;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Uploads;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/partners: the organising institution and the partners, with logos uploaded
 * in plain multipart forms (no JavaScript needed). The event's version travels with the page: if
 * another organiser changed the partners meanwhile, the save is refused with a clear message and
 * the form keeps what was typed.
 */
@Named
@ViewScoped
public class ManagePartners implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Partners service;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private PartnersOverview overview;
  private int version;

  private String organiserName;
  private String organiserUrl;
  private transient Part organiserLogo;
  private boolean organiserRemoveLogo;

  /** 1 for the first partner; null when the form adds a new one. */
  private Integer partnerNumber;

  private String partnerName;
  private String partnerUrl;
  private transient Part partnerLogo;
  private boolean partnerRemoveLogo;

  public void load() {
    if (overview == null) {
      refresh();
      PartnerView organiser = overview.organiser();
      organiserName = organiser == null ? null : organiser.name();
      organiserUrl = organiser == null ? null : organiser.url();
    }
  }

  private void refresh() {
    overview = service.overview(signedIn.accountId(), slug);
    version = overview.version();
  }

  public void saveOrganiser() {
    // Taken, not kept: the view outlives the request (see Uploads.read).
    Part logo = organiserLogo;
    organiserLogo = null;
    try {
      version =
          service.saveOrganiser(
              signedIn.accountId(),
              slug,
              version,
              new InstitutionChange(
                  organiserName,
                  organiserUrl,
                  Uploads.read(logo, ContentCheck.MAX_IMAGE_BYTES),
                  organiserRemoveLogo));
      organiserRemoveLogo = false;
      Messages.addGlobalInfo("materials.saved");
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "organiser");
    }
  }

  public void savePartner() {
    Part logo = partnerLogo;
    partnerLogo = null;
    InstitutionChange change =
        new InstitutionChange(
            partnerName,
            partnerUrl,
            Uploads.read(logo, ContentCheck.MAX_IMAGE_BYTES),
            partnerRemoveLogo);
    try {
      if (partnerNumber == null) {
        version = service.addPartner(signedIn.accountId(), slug, version, change);
        Messages.addGlobalInfo("materials.partner.added", partnerName.strip());
      } else {
        version = service.updatePartner(signedIn.accountId(), slug, version, partnerNumber, change);
        Messages.addGlobalInfo("materials.saved");
      }
      cancelPartner();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "partner");
    }
  }

  public void editPartner(int number) {
    PartnerView partner = overview.partners().get(number - 1);
    partnerNumber = number;
    partnerName = partner.name();
    partnerUrl = partner.url();
    partnerRemoveLogo = false;
  }

  public void cancelPartner() {
    partnerNumber = null;
    partnerName = null;
    partnerUrl = null;
    partnerRemoveLogo = false;
  }

  public void removePartner(int number) {
    try {
      version = service.removePartner(signedIn.accountId(), slug, version, number);
      Messages.addGlobalInfo("materials.removed", overview.partners().get(number - 1).name());
      cancelPartner();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "partners");
    }
  }

  public void movePartner(int number, int delta) {
    try {
      version = service.movePartner(signedIn.accountId(), slug, version, number, delta);
      cancelPartner();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "partners");
    }
  }

  public PartnersOverview getOverview() {
    return overview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public boolean isEditingPartner() {
    return partnerNumber != null;
  }

  public String getOrganiserName() {
    return organiserName;
  }

  public void setOrganiserName(String organiserName) {
    this.organiserName = organiserName;
  }

  public String getOrganiserUrl() {
    return organiserUrl;
  }

  public void setOrganiserUrl(String organiserUrl) {
    this.organiserUrl = organiserUrl;
  }

  public Part getOrganiserLogo() {
    return organiserLogo;
  }

  public void setOrganiserLogo(Part organiserLogo) {
    this.organiserLogo = organiserLogo;
  }

  public boolean isOrganiserRemoveLogo() {
    return organiserRemoveLogo;
  }

  public void setOrganiserRemoveLogo(boolean organiserRemoveLogo) {
    this.organiserRemoveLogo = organiserRemoveLogo;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public void setPartnerName(String partnerName) {
    this.partnerName = partnerName;
  }

  public String getPartnerUrl() {
    return partnerUrl;
  }

  public void setPartnerUrl(String partnerUrl) {
    this.partnerUrl = partnerUrl;
  }

  public Part getPartnerLogo() {
    return partnerLogo;
  }

  public void setPartnerLogo(Part partnerLogo) {
    this.partnerLogo = partnerLogo;
  }

  public boolean isPartnerRemoveLogo() {
    return partnerRemoveLogo;
  }

  public void setPartnerRemoveLogo(boolean partnerRemoveLogo) {
    this.partnerRemoveLogo = partnerRemoveLogo;
  }
}
