package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.QrCodes;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registration for the demo's annual conference, which opens with one place left in person: a
 * visitor sees the places, a person takes the last one, the next waits, a cancellation offers the
 * place to the first waiting, an offer not accepted in time goes on to the next (the server's clock
 * moved past it), moderation, and the organisers' settings refusing bad input.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationIT extends ClockControlledApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String SLUG = "annual-conference-iii";
  private static final String REGISTER = "/events/" + SLUG + "/register";
  private static final String MANAGE = "/manage/events/" + SLUG;
  private static final String STREAM = "https://www.youtube.com/@colloquium-demo/streams";
  private static final String PAST = "20-months-after";

  private static Page register(WebClient client, String mode) {
    return client.submit(client.get(REGISTER), "attendance", Map.of("mode", mode), "register");
  }

  /**
   * The door's page may use the camera and compile WebAssembly (its code reader): both policies
   * allow it, ours and PrimeFaces' (which keeps its nonce).
   */
  private static void assertCodeReaderAllowed(Page door) {
    assertEquals(
        "camera=(self), microphone=(), geolocation=()",
        door.headers().firstValue("Permissions-Policy").orElse(""),
        "the one page that may ask for the camera");
    List<String> policies = door.headers().allValues("Content-Security-Policy");
    assertEquals(2, policies.size(), policies.toString());
    for (String policy : policies) {
      assertTrue(policy.contains("script-src 'self' 'wasm-unsafe-eval'"), policies.toString());
    }
    assertTrue(policies.stream().anyMatch(p -> p.contains("'nonce-")), policies.toString());
  }

  private static String state(Page page) {
    Element state = page.document().selectFirst("#mine .registration-state");
    assertNotNull(state, page.text());
    return state.text();
  }

  /** The id of a row's button in the organisers' list, without the form's prefix. */
  private static String rowButton(Page list, String name, String button) {
    for (Element row : list.document().select("#registrants tbody tr")) {
      if (row.selectFirst("th").text().equals(name)) {
        Element found = row.selectFirst("button[id$=:" + button + "]");
        assertNotNull(found, name + " has no " + button + ": " + row.text());
        return found.id().substring("list:".length());
      }
    }
    throw new AssertionError(name + " is not listed: " + list.text());
  }

  /**
   * The mail to {@code recipient} whose subject starts so, waiting for it: the suite's server may
   * also deliver other tests' mails to the same demo people (retries once their catcher is gone).
   */
  private static MimeMessage mail(String recipient, String subjectStart) {
    Instant until = Instant.now().plus(Duration.ofSeconds(45));
    while (true) {
      List<MimeMessage> found =
          Mails.to(catcher.server(), recipient).stream()
              .filter(m -> Mails.subject(m).startsWith(subjectStart))
              .toList();
      if (found.size() == 1) {
        return found.get(0);
      }
      assertTrue(found.size() < 2, "one mail “" + subjectStart + "…” to " + recipient);
      assertTrue(Instant.now().isBefore(until), "no mail “" + subjectStart + "…” to " + recipient);
      Mails.sleep(200);
    }
  }

  @Test
  @Order(1)
  void theEventPageShowsThePlacesLeft() {
    Page event = new WebClient().get("/events/" + SLUG);
    Element section = event.document().selectFirst(".registration-summary");
    assertNotNull(section, event.text());
    assertTrue(section.text().contains("1 place left in person"), section.text());
    assertTrue(section.text().contains("48 places left online"), section.text());
    assertNotNull(section.selectFirst("a[href$=/register]"), section.html());

    Page anonymous = new WebClient().get(REGISTER);
    assertEquals(REGISTER, anonymous.path(), "visitors register too, with an address");
    assertNotNull(anonymous.document().getElementById("attendance:email"), anonymous.text());
  }

  @Test
  @Order(2)
  void badInputIsShownBesideItsFieldAndKept() {
    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    Page refused =
        attendee.submit(
            attendee.get(REGISTER),
            "attendance",
            Map.of("mode", "IN_PERSON", "fullName", " ", "dietaryNeeds", "Vegetarian, no nuts"),
            "register");
    assertEquals("Enter your name.", refused.fieldError("attendance:fullName"), refused.text());
    assertEquals("Vegetarian, no nuts", refused.fieldValue("attendance:dietaryNeeds"));
    Page tampered =
        attendee.submit(
            attendee.get(REGISTER), "attendance", Map.of("mode", "BACKSTAGE"), "register");
    assertEquals(
        "Choose one of the options offered.",
        tampered.fieldError("attendance:mode"),
        tampered.text());
    assertTrue(attendee.get(REGISTER).document().select("#mine").isEmpty(), "nothing registered");
  }

  @Test
  @Order(3)
  void aPersonTakesTheLastPlaceInPersonAndGetsACalendarEntry() {
    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    Page done = register(attendee, "IN_PERSON");
    assertTrue(
        done.infos().contains("You are registered. A confirmation is on its way by mail."),
        done.infos() + " " + done.errors());
    assertTrue(state(done).startsWith("Confirmed · In person"), state(done));

    MimeMessage mail = mail(DemoUsers.ATTENDEE.email(), "Registration confirmed: ");
    String ics = Mails.calendarOf(mail);
    assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
    assertTrue(ics.contains("LOCATION:"), ics);
    assertTrue(ics.contains("UID:registration-"), ics);

    // The registration page counts afresh (the event page's count may be half a minute old).
    Page again = attendee.get(REGISTER);
    assertTrue(
        again.document().selectFirst(".registration-places").text().contains("In person: full"),
        again.text());
  }

  @Test
  @Order(4)
  void theNextPersonWaitsAndGetsThePlaceWhenItIsGivenUp() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    Page waiting = register(author, "IN_PERSON");
    assertTrue(state(waiting).startsWith("On the waiting list"), state(waiting));
    assertTrue(waiting.text().contains("Nobody is ahead of you"), waiting.text());
    mail(DemoUsers.AUTHOR.email(), "On the waiting list: ");

    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    Page cancelled = attendee.submit(attendee.get(REGISTER), "cancelling", Map.of(), "cancel");
    assertTrue(cancelled.infos().contains("Your registration is cancelled."), cancelled.text());
    MimeMessage cancellation = mail(DemoUsers.ATTENDEE.email(), "Registration cancelled: ");
    assertTrue(Mails.calendarOf(cancellation).contains("STATUS:CANCELLED"), "the entry goes");

    MimeMessage offer = mail(DemoUsers.AUTHOR.email(), "A place for you: ");
    assertTrue(Mails.body(offer).contains(REGISTER), Mails.body(offer));
    Page offered = author.get(REGISTER);
    assertTrue(state(offered).startsWith("A place is offered to you"), state(offered));
    Page accepted = author.submit(offered, "offer", Map.of(), "accept");
    assertTrue(state(accepted).startsWith("Confirmed · In person"), state(accepted));
  }

  @Test
  @Order(5)
  void anOfferNotAcceptedInTimeGoesToTheNextPerson() {
    WebClient reviewer = DemoUsers.REVIEWER.signedIn();
    assertTrue(state(register(reviewer, "IN_PERSON")).startsWith("On the waiting list"));
    WebClient attendee = DemoUsers.ATTENDEE.signedIn();
    Page second = register(attendee, "IN_PERSON");
    assertTrue(second.text().contains("1 person is ahead of you."), second.text());

    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page list = organiser.get(MANAGE + "/registrations");
    Page afterCancel =
        organiser.submit(
            list,
            "list",
            Map.of("reason", "A duplicate registration."),
            rowButton(list, "Andreea Mihăilescu", "cancel"));
    assertTrue(
        afterCancel.infos().contains("The registration of Andreea Mihăilescu is cancelled."),
        afterCancel.text());
    mail(DemoUsers.REVIEWER.email(), "A place for you: ");
    assertTrue(state(reviewer.get(REGISTER)).startsWith("A place is offered to you"));

    setServerClock(Instant.now().plus(Duration.ofHours(49)));
    mail(DemoUsers.REVIEWER.email(), "The place offered has gone to the next");
    mail(DemoUsers.ATTENDEE.email(), "A place for you: ");
    assertTrue(state(attendee.get(REGISTER)).startsWith("A place is offered to you"));
    assertTrue(reviewer.get(REGISTER).document().select("#mine").isEmpty(), "the reviewer's ended");
    Page cancelledList = organiser.get(MANAGE + "/registrations?state=CANCELLED");
    assertTrue(cancelledList.text().contains("offer expired"), cancelledList.text());
  }

  @Test
  @Order(6)
  void moderatedRegistrationsWaitForTheOrganisers() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page saved =
        organiser.submit(
            organiser.get(MANAGE + "/registration"),
            "setup",
            Map.of("moderation", "IN_PERSON"),
            "save");
    assertTrue(saved.infos().contains("The registration settings are saved."), saved.text());

    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    Page pending = register(administrator, "IN_PERSON");
    assertTrue(state(pending).startsWith("Waiting for approval"), state(pending));
    Page list = organiser.get(MANAGE + "/registrations?state=PENDING");
    String administratorName = list.document().selectFirst("#registrants tbody th").text();
    Page approved =
        organiser.submit(list, "list", Map.of(), rowButton(list, administratorName, "approve"));
    assertTrue(
        approved.infos().stream().anyMatch(i -> i.startsWith("Approved: all places are taken")),
        approved.infos() + " " + approved.errors());
    assertTrue(state(administrator.get(REGISTER)).startsWith("On the waiting list"));

    // Switching into the moderated mode would bypass the organisers: refused, the place kept.
    Page online = register(organiser, "ONLINE");
    assertTrue(state(online).startsWith("Confirmed"), state(online));
    // Confirmed online: a personal join link, which opens the event's stream (no programme yet).
    Element join = online.document().selectFirst("#join a.join-link");
    assertNotNull(join, online.text());
    String joinPath = join.attr("href");
    assertTrue(joinPath.matches("/join/[A-Za-z0-9_-]{43}"), joinPath);
    assertEquals(joinPath, organiser.get("/my").document().selectFirst("a.join-link").attr("href"));
    Page opened = new WebClient().getWithoutRedirect(joinPath);
    assertEquals(302, opened.status(), opened.text());
    assertEquals(STREAM, opened.headers().firstValue("Location").orElse(""));
    assertEquals("no-store", opened.headers().firstValue("Cache-Control").orElse(""));
    Page eventPage = new WebClient().get("/events/" + SLUG);
    assertFalse(eventPage.body().contains(STREAM), "never on the public page");
    assertFalse(online.body().contains(STREAM), "nor on the registrant's page: the link leads");
    Page switched =
        organiser.submit(
            organiser.get(REGISTER), "attendance", Map.of("mode", "IN_PERSON"), "save");
    assertEquals(
        "The organisers approve who takes part this way: write to them to change, or cancel and"
            + " register again.",
        switched.fieldError("attendance:mode"),
        switched.text());
    assertEquals(
        "IN_PERSON",
        switched.document().selectFirst("input[name=attendance:mode][checked]").val(),
        "what was chosen stays chosen");
    Page kept = organiser.get(REGISTER);
    assertTrue(state(kept).startsWith("Confirmed"), state(kept));
    organiser.submit(kept, "cancelling", Map.of(), "cancel");
    Page refused = new WebClient().getWithoutRedirect(joinPath);
    assertEquals(404, refused.status(), "a cancelled registration's link opens nothing");
    assertTrue(refused.text().contains("does not open any event"), refused.text());
    assertEquals(404, new WebClient().get("/join/" + "x".repeat(43)).status());

    organiser.submit(
        organiser.get(MANAGE + "/registration"), "setup", Map.of("moderation", "NONE"), "save");
  }

  @Test
  @Order(7)
  void theSettingsRefuseWhatCannotBeAndKeepWhatWasTyped() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page words =
        organiser.submit(
            organiser.get(MANAGE + "/registration"),
            "setup",
            Map.of("inPersonCapacity", "lots"),
            "save");
    assertEquals("Enter a whole number.", words.fieldError("setup:inPersonCapacity"), words.text());
    assertEquals("lots", words.fieldValue("setup:inPersonCapacity"));
    Page tooFew =
        organiser.submit(
            organiser.get(MANAGE + "/registration"),
            "setup",
            Map.of("inPersonCapacity", "1"),
            "save");
    assertTrue(
        tooFew.fieldError("setup:inPersonCapacity").contains("places are already taken"),
        tooFew.text());
    Page backwards =
        organiser.submit(
            organiser.get(MANAGE + "/registration"),
            "setup",
            Map.of("closesAt", "2020-01-01T10:00"),
            "save");
    assertEquals(
        "Registration must close after it opens.",
        backwards.fieldError("setup:closesAt"),
        backwards.text());
  }

  @Test
  @Order(9)
  void theParticipantsListShowsOnlyThoseListedToThoseAllowedAndTheCsvHasEveryAnswer() {
    String list = "/events/" + SLUG + "/participants";
    Page anonymous = new WebClient().get(list);
    assertEquals(200, anonymous.status());
    assertTrue(anonymous.text().contains("Sign in to read it."), anonymous.text());
    assertTrue(anonymous.document().select("#participants").isEmpty(), "no names for strangers");

    Page confirmed = DemoUsers.AUTHOR.signedIn().get(list);
    String names = confirmed.document().select("#participants").text();
    assertTrue(names.contains("Ingrid Solberg") && names.contains("Олена Шевчук"), names);
    assertFalse(names.contains("Andreea Mihăilescu"), "cancelled: " + names);
    assertFalse(names.contains("Andrei Țurcanu"), "did not agree to be listed: " + names);
    Page ended = DemoUsers.REVIEWER.signedIn().get(list);
    assertTrue(ended.text().contains("for the event's confirmed registrants"), ended.text());
    assertTrue(ended.document().select("#participants").isEmpty(), ended.text());

    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page added =
        organiser.submit(
            organiser.get(MANAGE + "/registrations"),
            "add",
            Map.of(
                "email", "formula@bench.example",
                "fullName", "=HYPERLINK(\"http://evil.example\")",
                "mode", "ONLINE"),
            "addButton");
    assertTrue(
        added.infos().toString().contains("is registered"), added.infos() + " " + added.errors());
    var csv = organiser.getBytes(MANAGE + "/registrations.csv?mode=ONLINE");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF\"Name\",\"Email\""), text);
    assertTrue(text.contains("\"Олена Шевчук\",\"olena.shevchuk@lnu.example\""), text);
    assertTrue(text.contains("\"'=HYPERLINK"), "a formula is defused: " + text);
    assertFalse(text.contains("Ingrid Solberg"), "in person, filtered out: " + text);
    assertEquals(
        403, DemoUsers.ATTENDEE.signedIn().getBytes(MANAGE + "/registrations.csv").statusCode());
    var xlsx = organiser.getBytes(MANAGE + "/registrations.xlsx");
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', (char) xlsx.body()[0], "a ZIP: the workbook");
  }

  @Test
  @Order(8)
  void onlyTheEventsOrganisersSeeTheRegistrations() {
    assertEquals(403, DemoUsers.ATTENDEE.signedIn().get(MANAGE + "/registrations").status());
    assertEquals(403, DemoUsers.AUTHOR.signedIn().get(MANAGE + "/registration").status());
    Page list = DemoUsers.ORGANISER.signedIn().get(MANAGE + "/registrations");
    assertEquals(200, list.status());
    assertFalse(list.document().select("#counts").isEmpty(), list.text());
  }

  @Test
  @Order(10)
  void aJoinLinkOpensTheRoomWhoseSessionIsLive() {
    String email = Accounts.freshEmail("online");
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page added =
        organiser.submit(
            organiser.get("/manage/events/" + PAST + "/registrations"),
            "add",
            Map.of("email", email, "fullName", "Олена Приєднана", "mode", "ONLINE"),
            "addButton");
    assertTrue(
        added.infos().toString().contains("is registered"), added.infos() + " " + added.errors());
    String body = Mails.body(mail(email, "Registration confirmed: "));
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("/join/([A-Za-z0-9_-]{43})").matcher(body);
    assertTrue(link.find(), "the confirmation carries the personal link: " + body);
    String joinPath = "/join/" + link.group(1);
    assertFalse(body.contains("meet.colloquium.example"), "never the room's link itself");

    // 9 November 2023, 09:45 in Bucharest: the opening plenary is live in the Aula Magna.
    setServerClock(Instant.parse("2023-11-09T07:45:00Z"));
    Page live = new WebClient().getWithoutRedirect(joinPath);
    assertEquals(302, live.status(), live.text());
    assertEquals(
        "https://meet.colloquium.example/aula-magna",
        live.headers().firstValue("Location").orElse(""));
    // 07:00 in Bucharest: nothing live, and the event has no stream of its own.
    setServerClock(Instant.parse("2023-11-09T05:00:00Z"));
    Page early = new WebClient().get(joinPath);
    assertEquals(200, early.status());
    assertNotNull(early.document().getElementById("nothing-live"), early.text());
    Page programme = new WebClient().get("/events/" + PAST + "/programme");
    assertFalse(programme.body().contains("meet.colloquium.example"), "not in the programme");
  }

  @Test
  @Order(11)
  void aVisitorRegistersWithoutAnAccountConfirmsByMailAndCancelsByTheLink() {
    String email = Accounts.freshEmail("guest");
    WebClient visitor = new WebClient();
    Page form = visitor.get(REGISTER);
    assertEquals(200, form.status());
    assertNotNull(form.document().getElementById("guest-lead"), "signing in is offered");
    Page missing =
        visitor.submit(
            form, "attendance", Map.of("fullName", "Ioana Țăranu", "mode", "ONLINE"), "register");
    assertFalse(missing.fieldError("attendance:email").isEmpty(), missing.text());
    assertEquals("Ioana Țăranu", missing.fieldValue("attendance:fullName"), "what was typed stays");
    Page asked =
        visitor.submit(
            missing,
            "attendance",
            Map.of("email", email, "fullName", "Ioana Țăranu", "mode", "ONLINE"),
            "register");
    assertTrue(
        asked.infos().toString().contains("a link is on its way to " + email),
        asked.infos() + " " + asked.errors());

    String confirmLink = Mails.link(mail(email, "Confirm your registration: "), "/confirm?token=");
    Page confirmed = new WebClient().get(confirmLink);
    assertEquals(200, confirmed.status());
    assertTrue(confirmed.text().contains("your registration is made"), confirmed.text());
    assertEquals(
        "Confirmed",
        confirmed.document().selectFirst(".registration-state strong").text(),
        confirmed.text());
    Page twice = new WebClient().get(confirmLink);
    assertTrue(twice.text().contains("This link was followed before"), twice.text());

    mail(email, "Keep your registrations in one place");
    String manageLink = Mails.link(mail(email, "Registration confirmed: "), "/registration?token=");
    Page manage = new WebClient().get(manageLink);
    assertEquals(200, manage.status());
    assertTrue(state(manage).startsWith("Confirmed · Online"), state(manage));
    assertNotNull(
        manage.document().selectFirst("#join a.join-link"), "the join link: " + manage.text());
    WebClient other = new WebClient();
    Page cancelled = other.submit(other.get(manageLink), "cancelling", Map.of(), "cancel");
    assertTrue(cancelled.infos().contains("Your registration is cancelled."), cancelled.text());
    assertTrue(state(cancelled).startsWith("Cancelled"), state(cancelled));
    mail(email, "Registration cancelled: ");
    assertEquals(404, new WebClient().get("/registration?token=nothing-like-a-token").status());
  }

  @Test
  @Order(12)
  void aTicketIsCheckedInOnceAtTheDoor() throws Exception {
    String email = Accounts.freshEmail("door");
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page added =
        organiser.submit(
            organiser.get("/manage/events/" + PAST + "/registrations"),
            "add",
            Map.of(
                "email", email,
                "fullName", "Ștefan Țepeș-Ионов",
                "mode", "IN_PERSON",
                "dietaryNeeds", "vegan"),
            "addButton");
    assertTrue(
        added.infos().toString().contains("is registered"), added.infos() + " " + added.errors());
    MimeMessage confirmed = mail(email, "Registration confirmed: ");
    assertTrue(Mails.body(confirmed).contains("Your ticket, a QR code"), Mails.body(confirmed));
    Page mine = new WebClient().get(Mails.link(confirmed, "/registration?token="));
    Element drawing = mine.document().selectFirst("#ticket .ticket-code svg");
    assertNotNull(drawing, mine.text());
    String code = QrCodes.read(drawing.outerHtml());
    assertTrue(code.startsWith("CQ1."), code);

    String door = "/manage/events/" + PAST + "/check-in";
    assertEquals(403, DemoUsers.AUTHOR.signedIn().get(door).status(), "not the author's door");
    Page desk = organiser.get(door);
    assertEquals(200, desk.status());
    assertTrue(
        organiser
            .get(MANAGE + "/registrations")
            .headers()
            .firstValue("Permissions-Policy")
            .orElse("")
            .startsWith("camera=()"),
        "every other page forbids it");
    assertCodeReaderAllowed(desk);
    // The code reader's WebAssembly comes from the site, typed so that browsers compile it while
    // it downloads.
    String reader = desk.document().getElementById("camera-start").attr("data-reader");
    Page wasm = organiser.get(reader);
    assertEquals(200, wasm.status(), reader);
    assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse(""), reader);
    assertFalse(
        organiser
            .get(MANAGE + "/registrations")
            .headers()
            .allValues("Content-Security-Policy")
            .toString()
            .contains("wasm-unsafe-eval"),
        "no other page may compile WebAssembly");
    String before = desk.document().getElementById("door-counts").text();
    Page first = organiser.submit(desk, "scan", Map.of("code", code), "checkInCode");
    // The answer is the door again, and films the next ticket.
    assertCodeReaderAllowed(first);
    Element answer = first.document().selectFirst("#door-result .door-answer");
    assertNotNull(answer, first.text());
    assertTrue(answer.text().startsWith("Checked in"), answer.text());
    assertTrue(answer.text().contains("Ștefan Țepeș-Ионов"), answer.text());
    assertTrue(answer.text().contains("vegan"), "the needs shown at the door: " + answer.text());
    assertFalse(
        first.document().getElementById("door-counts").text().equals(before), "one more is in");
    Page second = organiser.submit(first, "scan", Map.of("code", code), "checkInCode");
    String again = second.document().selectFirst("#door-result .door-answer").text();
    assertTrue(again.matches("(?s)Already checked in at \\d{1,2}:\\d{2}.*"), again);

    // One signature character changed, well inside the signature: its last bytes are the top of
    // a scalar below 2^253 and so mostly zero, so "…AA" at the end is often the real ticket.
    int inside = code.lastIndexOf('.') + 10;
    char other = code.charAt(inside) == 'B' ? 'C' : 'B';
    String forgedCode = code.substring(0, inside) + other + code.substring(inside + 1);
    Page forged = organiser.submit(second, "scan", Map.of("code", forgedCode), "checkInCode");
    assertTrue(
        forged.document().selectFirst("#door-result").text().contains("Not a ticket of this event"),
        forged.text());
    Page annualDoor = organiser.get("/manage/events/" + SLUG + "/check-in");
    Page elsewhere = organiser.submit(annualDoor, "scan", Map.of("code", code), "checkInCode");
    assertTrue(
        elsewhere.document().selectFirst("#door-result").text().contains("Not a ticket"),
        "another event's ticket: " + elsewhere.text());

    // The key checks the ticket without the server: the PEM the door offers, and the JDK.
    Element keyLink = desk.document().getElementById("door-key");
    assertNotNull(keyLink, desk.text());
    var key = organiser.getBytes(keyLink.attr("href"));
    assertEquals(200, key.statusCode());
    String pem = new String(key.body(), java.nio.charset.StandardCharsets.US_ASCII);
    java.util.regex.Matcher eventId =
        java.util.regex.Pattern.compile("verifies over CQ1:(\\d+):").matcher(pem);
    assertTrue(eventId.find(), pem);
    String base64 =
        pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----") + 26, pem.indexOf("-----END"))
            .replaceAll("\\s", "");
    var publicKey =
        java.security.KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new java.security.spec.X509EncodedKeySpec(
                    java.util.Base64.getDecoder().decode(base64)));
    String[] parts = code.split("\\.");
    var verifier = java.security.Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey);
    verifier.update(
        ("CQ1:" + eventId.group(1) + ":" + parts[1])
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(verifier.verify(java.util.Base64.getUrlDecoder().decode(parts[2])), pem);
    assertEquals(403, DemoUsers.AUTHOR.signedIn().getBytes(keyLink.attr("href")).statusCode());

    // The demo's door helper of the past conference: the check-in page, and nothing else.
    WebClient helper = DemoUsers.ATTENDEE.signedIn();
    Element doorLink = helper.get("/my").document().selectFirst("#doors a[href$=/check-in]");
    assertNotNull(doorLink, "My area links the door");
    assertEquals(door, doorLink.attr("href"));
    assertEquals(200, helper.get(door).status());
    assertEquals(200, helper.getBytes(door + "/key.pem").statusCode(), "the helper's device too");
    assertEquals(403, helper.get("/manage/events/" + PAST + "/registrations").status());

    Page found = organiser.submit(organiser.get(door), "find", Map.of("query", "țepeș"), "search");
    Element row = found.document().selectFirst("#found li");
    assertNotNull(row, found.text());
    assertTrue(row.text().contains("in at"), row.text());
    assertTrue(row.select("button").isEmpty(), "checked in already: no button");
  }

  @Test
  @Order(13)
  void organisersWriteToAFilteredSetOnceEvenWhenTheFormIsSentTwice() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String page = "/manage/events/" + PAST + "/registrations/mail";
    assertEquals(403, DemoUsers.AUTHOR.signedIn().get(page).status());
    Page form = organiser.get(page);
    Page empty = organiser.submit(form, "mail", Map.of("mode", "ONLINE"), "preview");
    assertEquals("Write the subject.", empty.fieldError("mail:subjectEn"), empty.text());
    Map<String, String> fields =
        Map.of(
            "state", "CONFIRMED",
            "mode", "ONLINE",
            "subjectEn", "The link for tomorrow",
            "bodyEn", "Dear colleagues,\n\nthe sessions start at 9:30 {{siteUrl}}.",
            "subjectRo", "Linkul pentru mâine",
            "bodyRo", "Stimați colegi,\n\nsesiunile încep la 9:30.");
    Page preview = organiser.submit(empty, "mail", fields, "preview");
    String count = preview.document().getElementById("mail-count").text();
    assertTrue(count.matches("\\d+ people: \\d+ in English, \\d+ in Romanian\\."), count);
    assertTrue(preview.text().contains("the sessions start at 9:30"), preview.text());
    Page sent = organiser.submit(preview, "mail", fields, "send");
    assertTrue(sent.infos().toString().contains("Queued for"), sent.infos() + " " + sent.errors());
    Page again = organiser.submit(preview, "mail", fields, "send");
    assertTrue(
        again.text().contains("This mail was sent already"),
        "the same form twice: " + again.text());
    assertEquals(1, again.document().select("#sendings tbody tr").size(), again.text());

    MimeMessage mail = mail("j.berger@idm.example", "The link for tomorrow");
    String body = Mails.body(mail);
    assertTrue(
        body.contains("the sessions start at 9:30 {{siteUrl}}."), "typed text is text: " + body);
    assertTrue(body.contains("/registration?token="), body);
  }

  @Test
  @Order(14)
  void aPersonDownloadsTheirDataAndDeletesTheirRegistration() {
    String email = Accounts.freshEmail("forget-me");
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    organiser.submit(
        organiser.get(MANAGE + "/registrations"),
        "add",
        Map.of("email", email, "fullName", "Ioana Uitată-Забута", "mode", "ONLINE"),
        "addButton");
    String link = Mails.link(mail(email, "Registration confirmed: "), "/registration?token=");
    WebClient person = new WebClient();
    Page mine = person.get(link);
    Page download = person.submit(mine, "privacy", Map.of(), "download");
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
        download.headers().map().toString());
    String json = download.body();
    assertTrue(json.contains("\"fullName\": \"Ioana Uitată-Забута\""), json);
    assertTrue(json.contains("\"email\": \"" + email + "\""), json);
    assertTrue(json.contains("\"state\": \"CONFIRMED\""), json);
    assertTrue(json.contains("\"purpose\": \"LISTED\""), "the consent as recorded: " + json);
    assertTrue(json.contains("\"recordedByAnOrganiser\": true"), json);

    Page asked = person.submit(person.get(link), "privacy", Map.of(), "askToDelete");
    assertNotNull(asked.document().getElementById("delete-warning"), asked.text());
    Page deleted = person.submit(asked, "privacy", Map.of(), "delete");
    assertTrue(
        deleted.infos().toString().contains("Your registration is deleted"),
        deleted.infos() + " " + deleted.errors());
    assertEquals(404, new WebClient().get(link).status(), "the link opens nothing any more");
    Page list = organiser.get(MANAGE + "/registrations");
    assertFalse(list.text().contains("Ioana Uitată"), "the name is erased");
    String csv =
        new String(
            organiser.getBytes(MANAGE + "/registrations.csv").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(csv.contains(email), "the address is erased");
  }

  @Test
  @Order(15)
  void afterTheEventThoseWhoCameGetCertificatesThatAnyoneCanVerify() throws Exception {
    String page = "/manage/events/" + PAST + "/certificates";
    assertEquals(403, DemoUsers.AUTHOR.signedIn().get(page).status());
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page before = organiser.get(MANAGE + "/certificates");
    assertNotNull(before.document().getElementById("certificates-not-ended"), before.text());
    assertTrue(before.document().select("form#certificates").isEmpty(), "nothing to issue yet");

    // The demo issued the past conference's certificates (without mail); hours are corrected.
    Page certificates = organiser.get(page);
    String attended = certificates.document().getElementById("certificates-attended").text();
    assertTrue(
        attended.matches("Came: \\d+ checked in at the door, \\d+ joined online\\."), attended);
    Page wrong = organiser.submit(certificates, "certificates", Map.of("hours", "seven"), "issue");
    assertTrue(
        wrong.fieldError("certificates:hours").startsWith("Give the hours as a number"),
        wrong.text());
    assertEquals("seven", wrong.fieldValue("certificates:hours"), "what was typed is kept");
    Page issued = organiser.submit(wrong, "certificates", Map.of("hours", "7,5"), "issue");
    assertTrue(
        issued.infos().toString().contains("Certificates issued now: "),
        issued.infos() + " " + issued.errors());
    String issuedList = issued.document().getElementById("certificates-issued").text();
    for (String name : List.of("Elena Dumitrescu", "Mihai Ștefănescu", "Анна Петренко")) {
      assertTrue(issuedList.contains(name), name + " came: " + issuedList);
    }
    assertFalse(issuedList.contains("Radu Popa"), "never joined: " + issuedList);
    assertFalse(issuedList.contains("Ștefan Ionescu"), "never checked in: " + issuedList);

    Page sent = organiser.submit(issued, "certificates", Map.of("hours", "7,5"), "send");
    assertTrue(
        sent.infos().toString().contains("Certificates sent by mail: "),
        sent.infos() + " " + sent.errors());
    assertTrue(sent.document().select("button[id$=:send]").isEmpty(), "all are mailed");
    MimeMessage mail = mail("anna.petrenko@knu.example", "Your certificate of attendance");
    String link = Mails.link(mail, "/certificates/");

    // Whoever is shown it checks it, without signing in, and gets the PDF.
    Page check = new WebClient().get(link);
    assertEquals(200, check.status());
    assertNotNull(check.document().getElementById("certificate-genuine"), check.text());
    String facts = check.document().getElementById("certificate-facts").text();
    assertTrue(facts.contains("Анна Петренко"), facts);
    assertTrue(facts.contains("Online"), facts);
    assertTrue(facts.contains("7.5"), facts);
    assertEquals("noindex", check.headers().firstValue("X-Robots-Tag").orElse(""));
    String code = link.substring(link.lastIndexOf('/') + 1);
    assertEquals(
        200,
        new WebClient().get("/certificates/" + code.toLowerCase().replace("-", "")).status(),
        "typed in lower case, without the dashes");
    var pdf = new WebClient().getBytes("/certificates/" + code + "/certificate.pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains("Анна Петренко"), text);
      assertTrue(text.contains("Duration: 7.5 hours"), text);
      assertTrue(text.contains("Număr de ore: 7,5"), text);
      assertTrue(text.contains(code), text);
    }
    Page unknown = new WebClient().get("/certificates/0000-0000-0000-0000");
    assertEquals(404, unknown.status());
    assertNotNull(unknown.document().getElementById("certificate-unknown"), unknown.text());
    assertEquals(404, new WebClient().get("/certificates/..%2F..%2Fetc").status());
    assertEquals(404, new WebClient().getBytes("/certificates/0000/certificate.pdf").statusCode());

    // Sent again: nobody gets a second mail.
    Page again = organiser.submit(organiser.get(page), "certificates", Map.of(), "issue");
    assertTrue(again.infos().toString().contains("issued now: 0"), again.infos().toString());
    mail("anna.petrenko@knu.example", "Your certificate of attendance");

    // The demo attendee came: the certificate is in My area.
    Page my = DemoUsers.ATTENDEE.signedIn().get("/my");
    Element mine = my.document().selectFirst("#certificates a.certificate-pdf");
    assertNotNull(mine, my.text());
    assertEquals(200, DemoUsers.ATTENDEE.signedIn().getBytes(mine.attr("href")).statusCode());
  }

  @Test
  @Order(16)
  void organisersPrintBadgesOfThoseComingInPerson() throws Exception {
    String sheet = "/manage/events/" + PAST + "/badges.pdf";
    assertEquals(403, DemoUsers.AUTHOR.signedIn().getBytes(sheet).statusCode());
    assertEquals(403, DemoUsers.ATTENDEE.signedIn().getBytes(sheet).statusCode(), "door only");
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    var badges = organiser.getBytes(sheet);
    assertEquals(200, badges.statusCode());
    try (var document = org.apache.pdfbox.Loader.loadPDF(badges.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains("Elena Dumitrescu"), text);
      assertTrue(text.contains("Mihai Ștefănescu"), text);
      assertFalse(text.contains("Johannes Berger"), "online: no badge: " + text);
    }
    Page list = organiser.get("/manage/events/" + PAST + "/registrations");
    Element one = list.document().selectFirst("a.badge-link");
    assertNotNull(one, list.text());
    assertEquals(200, organiser.getBytes(one.attr("href")).statusCode());
    // Another event's address for the same registration finds nothing.
    String elsewhere = one.attr("href").replace(PAST, SLUG);
    assertEquals(404, organiser.getBytes(elsewhere).statusCode());
    // Someone who takes part online has no badge, even by an address typed by hand.
    Element online =
        list.document().select("#registrants a[href*=/registrations/]").stream()
            .filter(a -> a.text().equals("Johannes Berger"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(list.text()));
    assertEquals(404, organiser.getBytes(online.attr("href") + "/badge.pdf").statusCode());
  }

  @Test
  @Order(17)
  void presentingAuthorsAreSpeakersWithCertificatesOfPresentation() throws Exception {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page list = organiser.get("/manage/events/" + PAST + "/registrations");
    List<String> speakers =
        list.document().select("#registrants tbody tr").stream()
            .filter(tr -> tr.selectFirst(".speaker-mark") != null)
            .map(tr -> tr.selectFirst("th").text())
            .toList();
    // The demo's presenting authors: the demo author, and the attendee who also came.
    assertTrue(speakers.contains("Mihai Ștefănescu"), speakers + " in " + list.text());
    assertEquals(2, speakers.size(), speakers.toString());
    // The counts say how many of each cell are speakers, outside the places.
    java.util.regex.Matcher ofWhom =
        java.util.regex.Pattern.compile("of whom (\\d+) speakers")
            .matcher(list.document().selectFirst("#counts").text());
    int counted = 0;
    while (ofWhom.find()) {
      counted += Integer.parseInt(ofWhom.group(1));
    }
    assertEquals(2, counted, list.document().selectFirst("#counts").text());
    Page again = organiser.submit(list, "speakers", Map.of(), "registerSpeakers");
    assertTrue(
        again.infos().toString().contains("Registered as speakers now: 0."),
        "nobody twice: " + again.infos() + " " + again.errors());
    // The annual conference's decisions may have been told by another test of the suite: once
    // its presenters are registered, asking again registers nobody.
    Page annual = organiser.get(MANAGE + "/registrations");
    organiser.submit(annual, "speakers", Map.of(), "registerSpeakers");
    Page annualAgain = organiser.submit(annual, "speakers", Map.of(), "registerSpeakers");
    assertTrue(
        annualAgain.infos().toString().contains("Registered as speakers now: 0."),
        "nobody twice: " + annualAgain.infos() + " " + annualAgain.errors());

    // A speaker who cancels is not registered again by the platform.
    String authorName =
        speakers.stream().filter(n -> !n.equals("Mihai Ștefănescu")).findFirst().orElseThrow();
    Page cancelled =
        organiser.submit(
            again,
            "list",
            Map.of("reason", "Cannot come after all."),
            rowButton(again, authorName, "cancel"));
    assertTrue(
        cancelled.infos().toString().contains("is cancelled"),
        cancelled.infos() + " " + cancelled.errors());
    Page afterCancel = organiser.submit(cancelled, "speakers", Map.of(), "registerSpeakers");
    assertTrue(
        afterCancel.infos().toString().contains("Registered as speakers now: 0."),
        "the cancelled speaker stays cancelled: " + afterCancel.infos());

    // The demo author presented: a certificate of presentation in My area, with the title.
    WebClient author = DemoUsers.AUTHOR.signedIn();
    Element presentation =
        author.get("/my").document().select("#certificates li").stream()
            .filter(li -> li.text().startsWith("Certificate of presentation"))
            .findFirst()
            .map(li -> li.selectFirst("a.certificate-pdf"))
            .orElseThrow(() -> new AssertionError("no certificate of presentation in My area"));
    var pdf = author.getBytes(presentation.attr("href"));
    assertEquals(200, pdf.statusCode());
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Certificate of presentation"), text);
      assertTrue(text.contains("Certificat de prezentare"), text);
      assertTrue(text.contains("Twenty months of sanctions: what worked"), text);
    }
  }

  @Test
  @Order(18)
  void organisersReadOneRegistrationWithItsHistory() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page list = organiser.get("/manage/events/" + PAST + "/registrations");
    Element mihai =
        list.document().select("#registrants tbody th a").stream()
            .filter(a -> a.text().equals("Mihai Ștefănescu"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(list.text()));
    Page detail = organiser.get(mihai.attr("href"));
    assertEquals(200, detail.status());
    String facts = detail.document().getElementById("registrant-facts").text();
    assertTrue(facts.contains("attendee@colloquium.example"), facts);
    assertTrue(facts.contains("Twenty months") || facts.contains("“"), "presents: " + facts);
    String history = detail.document().getElementById("registrant-history").text();
    assertTrue(history.contains("an organiser"), history);
    assertNotNull(detail.document().getElementById("registrant-certificates"), detail.text());
    assertFalse(detail.body().contains("token="), "the person's links are theirs alone");
    assertEquals(403, DemoUsers.AUTHOR.signedIn().get(mihai.attr("href")).status());
    assertEquals(404, organiser.get(mihai.attr("href").replace(PAST, SLUG)).status());
    assertEquals(404, organiser.get("/manage/events/" + PAST + "/registrations/x1").status());
  }
}
