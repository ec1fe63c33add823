package org.colloquium.web.site.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.registration.api.CertificateView;
import org.colloquium.registration.api.Certificates;
import org.colloquium.registration.api.GuestRegistering;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.api.Ticket;
import org.colloquium.web.i18n.LocaleSelection;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /registration?token=…: a registration managed through the link in its mails, without signing in:
 * where it stands, the join link, accepting or declining an offer, cancelling. An unknown link
 * answers 404. Stateless, like the other pages a visitor opens from a mail: the token comes with
 * every request (the forms post back to the same address), so no visit costs a session.
 */
@Named
@RequestScoped
public class ManageRegistrationByLink {

  @Inject GuestRegistering guests;
  @Inject Certificates certificates;
  @Inject LocaleSelection locale;

  @Inject
  @Param(name = "token")
  String token;

  private MyRegistration registration;
  private Ticket ticket;
  private boolean confirmingDeletion;
  private List<CertificateView> certificateList;

  /** Read on every request, the posts' too: the actions change it and the page shows it. */
  @PostConstruct
  void read() {
    registration = guests.byLink(token).orElse(null);
  }

  public void load() {
    Faces.getResponse().setHeader("Cache-Control", "no-store");
    if (registration == null) {
      throw new NotFoundException("unknown manage link");
    }
  }

  public void cancel() {
    try {
      registration = guests.cancelByLink(token);
      Messages.addGlobalInfo("registration.cancelled");
    } catch (ConflictException e) {
      throw readAgain(e);
    }
  }

  public void accept() {
    try {
      registration = guests.acceptOfferByLink(token);
      Messages.addGlobalInfo("registration.accepted");
    } catch (ConflictException e) {
      throw readAgain(e);
    }
  }

  public void decline() {
    try {
      registration = guests.declineOfferByLink(token);
      Messages.addGlobalInfo("registration.declined");
    } catch (ConflictException e) {
      throw readAgain(e);
    }
  }

  /** Changed meanwhile (the offer expired, say): shown as it is; the page's handler says why. */
  private ConflictException readAgain(ConflictException e) {
    registration = guests.byLink(token).orElse(registration);
    return e;
  }

  /** The ticket, while confirmed to attend in person. */
  public List<CertificateView> getCertificates() {
    if (certificateList == null) {
      certificateList =
          registration == null ? List.of() : certificates.byManageToken(token, locale.current());
    }
    return certificateList;
  }

  public Ticket getTicket() {
    if (ticket == null
        && registration != null
        && registration.state() == RegistrationState.CONFIRMED
        && registration.mode() == ParticipationMode.IN_PERSON) {
      ticket = guests.ticketByLink(token).orElse(null);
    }
    return ticket;
  }

  /** The person's data as a JSON file (their right to it). */
  public void downloadData() throws java.io.IOException {
    byte[] json = guests.dataByLink(token).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Faces.sendFile(json, "registration-" + registration.eventSlug() + ".json", true);
  }

  /** First press: asks to confirm; the second deletes. */
  public void askToDelete() {
    confirmingDeletion = true;
  }

  public void delete() {
    guests.deleteByLink(token);
    Messages.addGlobalInfo("registration.privacy.deleted");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("");
  }

  public boolean isConfirmingDeletion() {
    return confirmingDeletion;
  }

  public boolean isOffered() {
    return registration != null && registration.state() == RegistrationState.OFFERED;
  }

  public MyRegistration getRegistration() {
    return registration;
  }

  public String getToken() {
    return token;
  }
}
