package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.TestPdfs;
import org.colloquium.tests.support.WebClient;
import org.colloquium.tests.support.WebClient.Upload;
import org.junit.jupiter.api.Test;

/**
 * Tracks, presentation types, partner logos and attachments through the organisers' pages, and the
 * files as the public gets them: logos inline with their checked type, PDFs as downloads, drafts'
 * files hidden. Also who may not: another event's organiser, reviewers, authors, anonymous.
 */
class EventMaterialsIT extends DeployedApplication {

  /** Published, organised by the demo organiser. */
  private static final String OPEN = "annual-conference-iii";

  /** A draft nobody but administrators manages. */
  private static final String DRAFT = "annual-conference-iv";

  private static final String SUFFIX = Long.toString(System.nanoTime() % 100000);

  static byte[] png(Color colour) throws IOException {
    BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 60, 30);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void anAdministratorAddsTracksAndTypesToADraftWhoseLogoStaysHidden() throws IOException {
    WebClient admin = DemoUsers.ADMINISTRATOR.signedIn();
    String page = "/manage/events/" + DRAFT + "/tracks";
    Page tracks = admin.get(page);
    assertEquals(200, tracks.status());
    String first = "Security and defence " + SUFFIX;
    String second = "Пропаганда și dezinformare " + SUFFIX;
    tracks = admin.submit(tracks, "track", Map.of("name", first, "description", "War"), "save");
    assertEquals(List.of(), tracks.errors());
    tracks = admin.submit(tracks, "track", Map.of("name", second), "save");
    assertEquals(List.of(), tracks.errors());
    assertTrue(tracks.text().contains(first) && tracks.text().contains(second), tracks.text());

    // The same name again (other case): refused next to the field, input kept.
    Page duplicate = admin.submit(tracks, "track", Map.of("name", first.toUpperCase()), "save");
    assertTrue(duplicate.fieldError("track:name").contains("already has"), duplicate.text());
    assertEquals(first.toUpperCase(), duplicate.fieldValue("track:name"));

    Page types =
        admin.submit(tracks, "type", Map.of("name", "Paper " + SUFFIX, "duration", "20"), "save");
    assertEquals(List.of(), types.errors());
    types = admin.submit(types, "type", Map.of("name", "Poster " + SUFFIX, "duration", ""), "save");
    Page tooLong =
        admin.submit(
            types, "type", Map.of("name", "Marathon " + SUFFIX, "duration", "481"), "save");
    assertTrue(tooLong.fieldError("type:duration").contains("between 5 and 480"), tooLong.text());
    assertEquals("481", tooLong.fieldValue("type:duration"));

    // Reorder: the second track moves up.
    Page reordered = admin.submit(admin.get(page), "tracks", Map.of(), "list:1:up");
    String text = reordered.text();
    assertTrue(text.indexOf(second) < text.indexOf(first), text);

    // A logo on the draft's organiser: the administrator sees it, the public does not.
    Page partners = admin.get("/manage/events/" + DRAFT + "/partners");
    Page saved =
        admin.submitMultipart(
            partners,
            "organiser",
            Map.of("name", "Centrul Român de Studii Ruse"),
            Map.of("logo", new Upload("centru.png", "image/png", png(Color.RED))),
            "save");
    assertEquals(List.of(), saved.errors());
    assertEquals(200, admin.getBytes("/events/" + DRAFT + "/logos/0").statusCode());
    for (WebClient visitor :
        List.of(new WebClient(), DemoUsers.AUTHOR.signedIn(), DemoUsers.ORGANISER.signedIn())) {
      assertEquals(404, visitor.getBytes("/events/" + DRAFT + "/logos/0").statusCode());
    }
  }

  @Test
  void theSecondOfTwoOrganisersSavingTheSameTrackGetsAConflictAndKeepsTheirInput() {
    String page = "/manage/events/" + OPEN + "/tracks";
    String original = "Energy and economy " + SUFFIX;
    WebClient first = DemoUsers.ORGANISER.signedIn();
    Page added = first.submit(first.get(page), "track", Map.of("name", original), "save");
    assertEquals(List.of(), added.errors());

    // Both open the form for the same track, filled from the same version.
    Page firstForm = editTrack(first, page, original);
    WebClient second = DemoUsers.ORGANISER.signedIn();
    Page secondForm = editTrack(second, page, original);

    String firstName = "Energy, economy and grids " + SUFFIX;
    Page firstSaved =
        first.submit(firstForm, "track", Map.of("name", firstName, "description", "First"), "save");
    assertEquals(List.of(), firstSaved.errors());
    assertTrue(firstSaved.text().contains(firstName), firstSaved.text());

    String secondName = "Economia energiei " + SUFFIX;
    Page conflict =
        second.submit(
            secondForm, "track", Map.of("name", secondName, "description", "Al doilea"), "save");
    assertTrue(
        conflict.errors().stream().anyMatch(e -> e.contains("Someone else changed this")),
        conflict.text());
    assertEquals(secondName, conflict.fieldValue("track:name"));
    assertEquals("Al doilea", conflict.fieldValue("track:description"));

    // The first organiser's change stands.
    String now = first.get(page).text();
    assertTrue(now.contains(firstName), now);
    assertFalse(now.contains(secondName), now);
  }

  /** Presses "Edit" on the track of this name in the list of tracks. */
  private static Page editTrack(WebClient client, String page, String name) {
    Page tracks = client.get(page);
    var rows = tracks.document().select("#tracks tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).selectFirst("th").ownText().equals(name)) {
        Page form = client.submit(tracks, "tracks", Map.of(), "list:" + i + ":edit");
        assertEquals(name, form.fieldValue("track:name"));
        return form;
      }
    }
    throw new AssertionError("no track " + name + ": " + tracks.text());
  }

  @Test
  void aPartnerLogoIsServedPubliclyAsAnImageAndANonImageIsRefusedOnThePage() throws IOException {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page partners = organiser.get("/manage/events/" + OPEN + "/partners");
    String name = "Institutul Dunărea " + SUFFIX;

    Page refused =
        organiser.submitMultipart(
            partners,
            "partner",
            Map.of("name", name, "url", "https://www.idm.at/"),
            Map.of(
                "logo",
                new Upload(
                    "logo.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8))),
            "save");
    assertTrue(refused.fieldError("partner:logo").contains("not an image"), refused.text());
    assertEquals(name, refused.fieldValue("partner:name"));

    Page svg =
        organiser.submitMultipart(
            refused,
            "partner",
            Map.of("name", name),
            Map.of(
                "logo",
                new Upload(
                    "logo.svg",
                    "image/svg+xml",
                    "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8))),
            "save");
    assertTrue(svg.fieldError("partner:logo").contains("not an image"), svg.text());

    byte[] logo = png(Color.GREEN);
    Page added =
        organiser.submitMultipart(
            svg,
            "partner",
            Map.of("name", name, "url", "https://www.idm.at/"),
            Map.of("logo", new Upload("logo.png", "image/png", logo)),
            "save");
    assertEquals(List.of(), added.errors());
    var img = added.document().selectFirst("img[alt=" + name + "]");
    assertTrue(img != null, added.body());
    String src = img.attr("src");

    var served = new WebClient().getBytes(src);
    assertEquals(200, served.statusCode());
    assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertArrayEquals(logo, served.body());
  }

  @Test
  void anUploadLargerThanTheServerTakesGetsAPageSayingSo() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String address = "/manage/events/" + OPEN + "/materials";
    Page materials = organiser.get(address);
    // Above the Faces Servlet's max-request-size (23 MB), below the listener's max-post-size (24
    // MB): beyond that, the container itself closes the connection.
    byte[] huge = new byte[23 * 1024 * 1024 + 512 * 1024];
    Page refused =
        organiser.submitMultipart(
            materials,
            "attachment",
            Map.of("title", "Recording", "kind", "OTHER"),
            Map.of("file", new Upload("recording.pdf", "application/pdf", huge)),
            "upload");
    assertEquals(413, refused.status(), refused.text());
    assertEquals("Too large to accept", refused.heading());
    assertTrue(refused.text().contains("nothing was saved"), refused.text());
    assertTrue(refused.body().contains("href=\"" + address + "\""), refused.body());
    // Nothing was stored, and the session goes on.
    Page again = organiser.get(address);
    assertEquals(200, again.status());
    assertFalse(again.text().contains("recording.pdf"), again.text());
  }

  @Test
  void aPdfIsServedAsADownloadAndATextFileIsRefused() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page materials = organiser.get("/manage/events/" + OPEN + "/materials");
    Page refused =
        organiser.submitMultipart(
            materials,
            "attachment",
            Map.of("title", "Programme", "kind", "PROGRAMME"),
            Map.of(
                "file",
                new Upload(
                    "programme.pdf", "application/pdf", "hello".getBytes(StandardCharsets.UTF_8))),
            "upload");
    assertTrue(refused.fieldError("attachment:file").contains("not a PDF"), refused.text());
    assertEquals("Programme", refused.fieldValue("attachment:title"));

    // A public download may not carry a script: refused by content, whatever the file is called.
    Page scripted =
        organiser.submitMultipart(
            refused,
            "attachment",
            Map.of("title", "Programme", "kind", "PROGRAMME"),
            Map.of(
                "file",
                new Upload(
                    "programme.pdf",
                    "application/pdf",
                    TestPdfs.onePage("Programme " + SUFFIX, null, true))),
            "upload");
    assertTrue(scripted.fieldError("attachment:file").contains("JavaScript"), scripted.text());

    byte[] pdf = TestPdfs.onePage("Programul conferintei " + SUFFIX, null, false);
    Page attached =
        organiser.submitMultipart(
            scripted,
            "attachment",
            Map.of("title", "Programul conferinței", "kind", "PROGRAMME"),
            Map.of(
                "file",
                new Upload("Programul conferinței " + SUFFIX + ".pdf", "application/pdf", pdf)),
            "upload");
    assertEquals(List.of(), attached.errors());
    String path = "/events/" + OPEN + "/attachments/Programul-conferintei-" + SUFFIX + ".pdf";
    assertTrue(attached.body().contains(path), attached.text());

    var served = new WebClient().getBytes(path);
    assertEquals(200, served.statusCode());
    assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertArrayEquals(pdf, served.body());

    // The preview of the public section lists it with its size.
    assertTrue(attached.text().contains("Programul conferinței"), attached.text());
    assertEquals(
        404, new WebClient().getBytes("/events/" + OPEN + "/attachments/nope.pdf").statusCode());
    assertEquals(
        404,
        new WebClient()
            .getBytes("/internal/event-files/attachment?slug=" + OPEN + "&fileName=x.pdf")
            .statusCode());
  }

  @Test
  void theDemoConferenceHasItsPressReleaseProgrammeAndLogos() {
    WebClient anonymous = new WebClient();
    var programme = anonymous.getBytes("/events/20-months-after/attachments/programme.pdf");
    assertEquals(200, programme.statusCode());
    assertTrue(new String(programme.body(), StandardCharsets.US_ASCII).startsWith("%PDF-"));
    assertEquals(
        200,
        anonymous
            .getBytes("/events/20-months-after/attachments/comunicat-de-presa.pdf")
            .statusCode());
    for (int logo = 0; logo <= 2; logo++) {
      var served = anonymous.getBytes("/events/20-months-after/logos/" + logo);
      assertEquals(200, served.statusCode(), "logo " + logo);
      assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(404, anonymous.getBytes("/events/20-months-after/logos/3").statusCode());
    assertEquals(404, anonymous.getBytes("/events/20-months-after/logos/x").statusCode());
  }

  @Test
  void onlyThisEventsOrganisersMayOpenOrPostToItsPages() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    for (String section : List.of("tracks", "partners", "materials")) {
      String own = "/manage/events/" + OPEN + "/" + section;
      String other = "/manage/events/" + DRAFT + "/" + section;
      assertEquals(200, organiser.getWithoutRedirect(own).status(), own);
      assertEquals(403, organiser.getWithoutRedirect(other).status(), other);
      assertEquals(
          403,
          organiser.post(other, Map.of("track:name", "Intruder", "track:save", "")).status(),
          "POST " + other);
      for (DemoUsers user : List.of(DemoUsers.AUTHOR, DemoUsers.REVIEWER)) {
        WebClient client = user.signedIn();
        assertEquals(403, client.getWithoutRedirect(own).status(), user + " " + own);
        assertEquals(403, client.post(own, Map.of("track:name", "Intruder")).status());
      }
      Page anonymous = new WebClient().getWithoutRedirect(own);
      assertEquals(302, anonymous.status());
      assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/sign-in?next="));
    }
    assertFalse(
        DemoUsers.ADMINISTRATOR
            .signedIn()
            .get("/manage/events/" + DRAFT + "/tracks")
            .text()
            .contains("Intruder"));
  }
}
