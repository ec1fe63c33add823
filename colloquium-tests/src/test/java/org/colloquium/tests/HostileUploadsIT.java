package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.colloquium.kernel.files.domain.HostileFiles;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.colloquium.tests.support.WebClient;
import org.colloquium.tests.support.WebClient.Upload;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus of the kernel's tests ({@link HostileFiles}: decompression bombs, a page tree
 * that loops, PDFs that launch programs, send forms, carry XFA, scripts or attachments, a PDF that
 * is also a ZIP, a pixel bomb, a truncated JPEG) sent the ways the site takes files: the API's PUT
 * of a submission's PDF, the abstract form, an event's attachment and logo. Each is refused with
 * its own reason, and a crowd sending bombs leaves the server's heap as it was and the server
 * answering.
 */
class HostileUploadsIT extends DeployedApplication {

  private static final Logger LOG = Logger.getLogger(HostileUploadsIT.class.getName());
  private static final String EVENT = "annual-conference-iii";
  private static final String SUFFIX = Long.toString(System.nanoTime() % 100000);

  /** Files are made once per run: the pixel bomb takes seconds. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  @ArquillianResource ManagementClient management;

  private static byte[] file(String name) {
    return FILES.computeIfAbsent(name, n -> HostileFiles.corpus().get(n).get());
  }

  private static List<String> hostilePdfs() {
    return HostileFiles.REFUSALS.keySet().stream()
        .filter(n -> n.endsWith(".pdf"))
        .sorted()
        .toList();
  }

  private static long createDraft(String token, String title) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("abstract", "We study what a server does with files made to hurt it.")
            .add("keywords", Json.createArrayBuilder().add("security").add("uploads").add("PDF"))
            .add("trackId", SubmissionsApi.firstId(EVENT, "tracks"))
            .add("presentationTypeId", SubmissionsApi.firstId(EVENT, "presentationTypes"))
            .add("language", "en")
            .add(
                "authors",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Radu Anghelescu-Pop")
                            .add("email", DemoUsers.AUTHOR.email())
                            .add("affiliation", "Universitatea din București")
                            .add("country", "RO")
                            .add("presenting", true)
                            .add("mayEdit", false)))
            .add("submit", false)
            .build();
    Answer created = SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), body);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private static void assertRefusedFor(String name, Answer answer) {
    assertEquals(422, answer.status(), () -> name + ": " + answer.body());
    assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), name);
    JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("file", error.getString("field"), name);
    assertEquals(
        "submission.pdf." + HostileFiles.REFUSALS.get(name), error.getString("messageKey"), name);
    assertFalse(answer.body().contains("Exception"), answer.body());
  }

  @Test
  void theApiRefusesEachHostilePdfWithItsReasonAndStillTakesAHarmlessOne() {
    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    long id = createDraft(token, "Hostile files " + SUFFIX);
    for (String name : hostilePdfs()) {
      assertRefusedFor(name, SubmissionsApi.putFile(EVENT, token, id, file(name), ""));
    }
    JsonObject draft = SubmissionsApi.get("/api/v1/submissions/" + id, token).json();
    assertTrue(draft.get("file") == null || draft.isNull("file"), "nothing was stored");

    Answer harmless =
        SubmissionsApi.putFile(EVENT, token, id, file("harmless-doi-link.pdf"), "?fileName=a.pdf");
    assertEquals(200, harmless.status(), harmless.body());
    assertEquals("a.pdf", harmless.json().getJsonObject("file").getString("name"));
  }

  @Test
  void theAbstractFormSaysWhyNextToTheFileFieldAndKeepsWhatWasTyped() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    Page form = author.get("/events/" + EVENT + "/submit");
    String title = "Hostile form " + SUFFIX;
    Map<String, String> fields = Map.of("title", title, "presenting", "0");
    Map<String, String> expected =
        Map.of(
            "text-bomb-5mb.pdf", "unpacks to far more than a document holds",
            "launch.pdf", "can start programs",
            "xfa-form.pdf", "XFA form",
            "uri-open-action.pdf", "opens a web address by itself",
            "pdf-zip-polyglot.pdf", "also a ZIP archive",
            "page-tree-loop.pdf", "cannot be read");
    for (var file : expected.entrySet()) {
      Page refused =
          author.submitMultipart(
              form,
              "submission",
              fields,
              Map.of("file", new Upload("paper.pdf", "application/pdf", file(file.getKey()))),
              "saveDraft");
      assertEquals(200, refused.status(), file.getKey());
      assertTrue(
          refused.fieldError("submission:file").contains(file.getValue()),
          () -> file.getKey() + ": " + refused.fieldError("submission:file") + refused.text());
      assertEquals(title, refused.fieldValue("submission:title"));
      form = refused;
    }
    assertFalse(author.get("/my/submissions").text().contains(title), "nothing was saved");
  }

  @Test
  void organisersAreToldWhyNextToTheLogoAndAttachmentFields() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page partners = organiser.get("/manage/events/" + EVENT + "/partners");
    String partner = "Institutul Ostil " + SUFFIX;
    Map<String, String> logos =
        Map.of(
            "pixel-bomb-30000x30000.png", "too many pixels",
            "truncated.jpg", "not an image",
            "png-zip-polyglot.png", "also a ZIP archive");
    for (var logo : logos.entrySet()) {
      String type = logo.getKey().endsWith(".png") ? "image/png" : "image/jpeg";
      Page refused =
          organiser.submitMultipart(
              partners,
              "partner",
              Map.of("name", partner, "url", ""),
              Map.of("logo", new Upload(logo.getKey(), type, file(logo.getKey()))),
              "save");
      assertTrue(
          refused.fieldError("partner:logo").contains(logo.getValue()),
          () -> logo.getKey() + ": " + refused.fieldError("partner:logo") + refused.text());
      assertEquals(partner, refused.fieldValue("partner:name"));
      partners = refused;
    }

    Page materials = organiser.get("/manage/events/" + EVENT + "/materials");
    Map<String, String> attachments =
        Map.of(
            "launch.pdf", "can start programs",
            "submit-form.pdf", "sends form data",
            "font-bomb-128mb.pdf", "unpacks to far more than a document holds",
            "embedded-file.pdf", "embedded files");
    for (var attachment : attachments.entrySet()) {
      Page refused =
          organiser.submitMultipart(
              materials,
              "attachment",
              Map.of("title", "Programme " + SUFFIX, "kind", "PROGRAMME"),
              Map.of(
                  "file",
                  new Upload(attachment.getKey(), "application/pdf", file(attachment.getKey()))),
              "upload");
      assertTrue(
          refused.fieldError("attachment:file").contains(attachment.getValue()),
          () -> attachment.getKey() + ": " + refused.fieldError("attachment:file"));
      assertEquals("Programme " + SUFFIX, refused.fieldValue("attachment:title"));
      materials = refused;
    }
    assertFalse(
        new WebClient().get("/events/" + EVENT).text().contains("Programme " + SUFFIX),
        "no attachment was stored");
  }

  // ---- the server after a crowd of bombs --------------------------------------------------

  private ModelNode memory(String operation) {
    ModelNode op = new ModelNode();
    op.get("operation").set(operation);
    op.get("address").add("core-service", "platform-mbean").add("type", "memory");
    if (operation.equals("read-attribute")) {
      op.get("name").set("heap-memory-usage");
    }
    try {
      ModelNode result = management.getControllerClient().execute(op);
      assertEquals("success", result.get("outcome").asString(), result::toString);
      return result.get("result");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The heap in use after a full collection, in bytes. */
  private long heapAfterCollection() throws InterruptedException {
    memory("gc");
    Thread.sleep(500);
    memory("gc");
    return memory("read-attribute").get("used").asLong();
  }

  private static Path serverLog() {
    return Path.of(
        System.getProperty("colloquium.it.directory", "target"),
        "server",
        "standalone",
        "log",
        "server.log");
  }

  private static long logSize() throws IOException {
    return Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
  }

  private static String logSince(long offset) throws IOException {
    byte[] all = Files.readAllBytes(serverLog());
    return new String(
        all,
        (int) Math.min(offset, all.length),
        (int) Math.max(0, all.length - offset),
        StandardCharsets.UTF_8);
  }

  @Test
  void aCrowdSendingBombsLeavesTheHeapAsItWasAndTheServerAnsweringInTime() throws Exception {
    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    List<String> bombs =
        List.of(
            "text-bomb-5mb.pdf",
            "text-bomb-50mb.pdf",
            "stream-bomb-128mb.pdf",
            "font-bomb-128mb.pdf",
            "object-stream-bomb-128mb.pdf");
    bombs.forEach(HostileUploadsIT::file);
    byte[] pixelBomb = file("pixel-bomb-30000x30000.png");
    // Warm the server up, so that what its first uploads load for good is not counted.
    long warmUp = createDraft(token, "Warm-up " + SUFFIX);
    assertRefusedFor(
        "launch.pdf", SubmissionsApi.putFile(EVENT, token, warmUp, file("launch.pdf"), ""));
    long heapBefore = heapAfterCollection();
    long heapMax = memory("read-attribute").get("max").asLong();
    long logBefore = logSize();

    int clients = 5;
    int rounds = 1;
    ExecutorService crowd = Executors.newFixedThreadPool(clients);
    List<Future<List<Answer>>> sent = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long id = createDraft(token, "Crowd " + c + " " + SUFFIX);
      sent.add(
          crowd.submit(
              () -> {
                List<Answer> answers = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                  for (String bomb : bombs) {
                    answers.add(SubmissionsApi.putFile(EVENT, token, id, file(bomb), ""));
                  }
                }
                return answers;
              }));
    }
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page partners = organiser.get("/manage/events/" + EVENT + "/partners");
    Page refusedLogo =
        organiser.submitMultipart(
            partners,
            "partner",
            Map.of("name", "Crowd " + SUFFIX, "url", ""),
            Map.of("logo", new Upload("bomb.png", "image/png", pixelBomb)),
            "save");
    assertTrue(
        refusedLogo.fieldError("partner:logo").contains("too many pixels"), refusedLogo::text);
    int refused = 0;
    int busy = 0;
    for (Future<List<Answer>> client : sent) {
      for (Answer answer : client.get()) {
        if (answer.status() == 503) {
          // The checkers were all busy: a crowd is told to come back, never queued for ever.
          assertEquals("60", answer.header("Retry-After"), answer.body());
          busy++;
        } else {
          assertEquals(422, answer.status(), answer.body());
          assertEquals(
              "submission.pdf.tooComplex",
              answer.json().getJsonArray("errors").getJsonObject(0).getString("messageKey"));
          refused++;
        }
      }
    }
    crowd.shutdown();
    assertEquals(clients * rounds * bombs.size(), refused + busy);
    assertTrue(
        refused >= bombs.size(), "most were checked: " + refused + " refused, " + busy + " busy");

    // The next request answers at once.
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long start = System.nanoTime();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/events/" + EVENT))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);

    long heapAfter = heapAfterCollection();
    LOG.info(
        "Crowd of "
            + clients
            + " clients: "
            + refused
            + " bombs refused, "
            + busy
            + " told the server is busy; heap in use after a collection "
            + heapBefore / 1048576
            + " MB before, "
            + heapAfter / 1048576
            + " MB after, of "
            + heapMax / 1048576
            + " MB");
    // The same within what a few sessions and caches hold; a bomb followed would have taken
    // hundreds of megabytes, or the whole heap.
    assertTrue(
        heapAfter < heapBefore + 64L * 1024 * 1024,
        "heap in use " + heapBefore / 1048576 + " MB before, " + heapAfter / 1048576 + " MB after");
    assertTrue(heapAfter < heapMax / 2, "heap " + heapAfter / 1048576 + " of " + heapMax / 1048576);
    String log = logSince(logBefore);
    assertFalse(log.contains("OutOfMemoryError"), "the server ran out of memory");
    assertFalse(log.contains("ran out of memory"), "a check ran out of memory");
    assertFalse(log.contains("Java heap space"), "the server ran out of memory");
  }

  @Test
  void anUnknownApiAddressStillAnswers404() {
    // The API's catch-all for failures leaves the answers it means to give as they were.
    assertEquals(404, SubmissionsApi.get("/api/v1/no-such-thing", null).status());
  }
}
