package org.colloquium.registration.routes;

import java.util.List;
import org.colloquium.events.api.EventDoor;
import org.colloquium.events.api.EventOrganisers;
import org.colloquium.kernel.access.AnyVisitor;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;

/**
 * Registration's pages: a person's registration for an event (signed in, or confirmed by mail and
 * managed through the link in its mails), the list of participants, personal join links,
 * certificates' verification, and the organisers' settings, list, CSV, badges and certificates.
 * Nothing here is shared through the page cache: what they show depends on who reads them.
 */
public class RegistrationRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";

  /** Where the web's download servlet for organisers listens; only the router forwards there. */
  private static final String DOWNLOADS = "/internal/registration-downloads";

  @Override
  public List<Route> routes() {
    return List.of(
        // Visitors register too, confirming their address by mail.
        new Route("/events/{slug}/register", VIEWS + "/site/register.xhtml", AnyVisitor.class),
        new Route(
            "/events/{slug}/register/confirm",
            VIEWS + "/site/confirm-registration.xhtml",
            AnyVisitor.class),
        // ?token=…, the link in a registration's mails: managed without signing in.
        new Route("/registration", VIEWS + "/site/manage-registration.xhtml", AnyVisitor.class),
        new Route(
            "/manage/events/{slug}/registration",
            VIEWS + "/manage/registration.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/registration/form",
            VIEWS + "/manage/registration-form.xhtml",
            EventOrganisers.class),
        new Route(
            "/events/{slug}/participants", VIEWS + "/site/participants.xhtml", AnyVisitor.class),
        // The token is the key: a registrant without an account, or on another device, joins.
        new Route("/join/{token}", VIEWS + "/site/join.xhtml", AnyVisitor.class),
        // The door: organisers and door helpers; a phone at the entrance.
        new Route(
            "/manage/events/{slug}/check-in",
            VIEWS + "/registration/check-in.xhtml",
            EventDoor.class),
        // The ticket key, for a device or tool that checks tickets without the network.
        new Route(
            "/manage/events/{slug}/check-in/key.pem", DOWNLOADS + "/door-key", EventDoor.class),
        new Route(
            "/manage/events/{slug}/registrations.csv", DOWNLOADS + "/csv", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/registrations.xlsx", DOWNLOADS + "/xlsx", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/registrations",
            VIEWS + "/manage/registrations.xhtml",
            EventOrganisers.class),
        new Route("/manage/events/{slug}/badges.pdf", DOWNLOADS + "/badges", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/registrations/{id}",
            VIEWS + "/manage/registrant.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/registrations/{id}/badge.pdf",
            DOWNLOADS + "/badge",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/certificates",
            VIEWS + "/manage/certificates.xhtml",
            EventOrganisers.class),
        // The code is the key: whoever was shown a certificate checks it, and gets its PDF.
        new Route("/certificates/{code}", VIEWS + "/site/certificate.xhtml", AnyVisitor.class),
        new Route(
            "/certificates/{code}/certificate.pdf", "/internal/certificate-pdfs", AnyVisitor.class),
        new Route(
            "/manage/events/{slug}/registrations/mail",
            VIEWS + "/manage/registrations-mail.xhtml",
            EventOrganisers.class));
  }
}
