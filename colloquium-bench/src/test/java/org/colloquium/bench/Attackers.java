package org.colloquium.bench;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.flushHttpCache;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The attackers of the deadline rush under attack (issue 10), for as long as the rush lasts:
 *
 * <ul>
 *   <li>PDF bombers: authors with tokens who upload the hostile PDFs of the kernel's corpus ({@code
 *       HostileFiles}, written to {@code bench.hostileDir}) to a draft of theirs, one after the
 *       other, without pause; each upload must be refused (422), or turned away while the checks
 *       are busy (503);
 *   <li>image bombers: the demo organiser uploading the hostile images as the organiser's logo on
 *       the partners page, through the form; each must come back as the page with an error;
 *   <li>a crowd: anonymous visitors without cookies or cached copies opening the sign-in, sign-up,
 *       home and event pages as fast as they can.
 * </ul>
 *
 * Counts of their answers are written next to the rush's counts ({@code attack.properties}).
 */
final class Attackers {

  private static final String HOSTILE_DIR =
      System.getProperty("bench.hostileDir", "target/hostile");

  private final String baseUrl;
  private final String api;
  private final String slug;
  private final java.util.function.Function<Session, String> draft;
  private final Duration duration;
  private final List<Path> pdfs;
  private final List<Path> images;
  private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

  /**
   * @param draft the body of the draft a PDF bomber creates first, from its token's record
   */
  Attackers(
      String baseUrl,
      String api,
      String slug,
      Duration duration,
      java.util.function.Function<Session, String> draft) {
    this.baseUrl = baseUrl;
    this.draft = draft;
    this.api = api;
    this.slug = slug;
    this.duration = duration;
    this.pdfs = files(".pdf", "harmless");
    this.images = files(".png", null);
    images.addAll(files(".jpg", null));
  }

  ScenarioBuilder pdfBombers(List<Map<String, Object>> tokens) {
    if (pdfs.isEmpty()) {
      throw new IllegalStateException("no hostile PDFs in " + HOSTILE_DIR);
    }
    return scenario("PDF bombers")
        .feed(listFeeder(tokens).queue())
        .exec(
            http("bomber's draft")
                .post(api + "/events/" + slug + "/submissions")
                .header("Authorization", "Bearer #{token}")
                .header("Idempotency-Key", "bomb-#{n}")
                .body(StringBody(draft))
                .asJson()
                .check(status().is(201), header("Location").saveAs("location")))
        .exitHereIfFailed()
        .exec(s -> s.set("id", s.getString("location").replaceAll(".*/", "")).set("i", 0))
        .exec(
            group("attack")
                .on(
                    during(duration)
                        .on(
                            exec(s -> s.set("i", s.getInt("i") + 1))
                                .exec(
                                    http("bomb pdf")
                                        .put(api + "/events/" + slug + "/submissions/#{id}/file")
                                        .header("Authorization", "Bearer #{token}")
                                        .header("Content-Type", "application/pdf")
                                        .body(ByteArrayBody(s -> bytes(pdfs, s.getInt("i"))))
                                        .check(
                                            status().in(422, 503).saveAs("status"),
                                            substring("submission.pdf.").exists()))
                                .exec(this::count))));
  }

  ScenarioBuilder imageBombers(String email, String password) {
    if (images.isEmpty()) {
      throw new IllegalStateException("no hostile images in " + HOSTILE_DIR);
    }
    String partners = "/manage/events/" + slug + "/partners";
    return scenario("Image bombers")
        .exec(
            http("sign-in form")
                .get("/sign-in")
                .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce")))
        .exec(
            http("sign in (organiser)")
                .post("/sign-in")
                .header("Origin", baseUrl)
                .formParam("signIn", "signIn")
                .formParam("signIn:email", email)
                .formParam("signIn:password", password)
                .formParam("signIn:submit", "")
                .formParam("jakarta.faces.ViewState", "stateless")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), css(".signed-in-as").exists()))
        .exitHereIfFailed()
        .exec(s -> s.set("i", 0))
        .exec(
            group("attack")
                .on(
                    during(duration)
                        .on(
                            exec(s -> s.set("i", s.getInt("i") + 1))
                                .exec(
                                    http("partners page")
                                        .get(partners)
                                        .check(
                                            css(
                                                    "#organiser input[name='jakarta.faces.ViewState']",
                                                    "value")
                                                .saveAs("viewState"),
                                            css(
                                                    "#organiser input[name='primefaces.nonce']",
                                                    "value")
                                                .saveAs("nonce")))
                                .exec(
                                    http("bomb logo")
                                        .post(partners)
                                        .header("Origin", baseUrl)
                                        .formParam("organiser", "organiser")
                                        .formParam("organiser:name", "Centrul de Studii Ruse")
                                        .formParam("organiser:url", "")
                                        .formParam("organiser:save", "")
                                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                                        .formParam("primefaces.nonce", "#{nonce}")
                                        .formUpload(
                                            "organiser:logo",
                                            s ->
                                                images
                                                    .get(s.getInt("i") % images.size())
                                                    .toString())
                                        .check(
                                            status().in(200, 413).saveAs("status"),
                                            substring("ui-message-error").exists()))
                                .exec(this::count))));
  }

  ScenarioBuilder crowd() {
    return scenario("Crowd")
        .exec(
            group("attack")
                .on(
                    during(duration)
                        .on(
                            exec(flushCookieJar(), flushHttpCache())
                                .exec(
                                    http("crowd: sign-in").get("/sign-in").check(status().is(200)))
                                .exec(flushCookieJar(), flushHttpCache())
                                .exec(
                                    http("crowd: sign-up").get("/sign-up").check(status().is(200)))
                                .exec(flushCookieJar(), flushHttpCache())
                                .exec(http("crowd: home").get("/").check(status().is(200)))
                                .exec(flushCookieJar(), flushHttpCache())
                                .exec(
                                    http("crowd: event")
                                        .get("/events/" + slug)
                                        .check(status().is(200))))));
  }

  /** How the server answered the attackers: status → count. */
  Map<String, AtomicInteger> answers() {
    return answers;
  }

  private Session count(Session session) {
    // Through Object: String.valueOf(session.get(...)) infers char[] and fails on an Integer.
    Object status = session.get("status");
    answers.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
    return session;
  }

  private static byte[] bytes(List<Path> files, int i) {
    try {
      return Files.readAllBytes(files.get(i % files.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(String suffix, String except) {
    try (Stream<Path> listing = Files.list(Path.of(HOSTILE_DIR))) {
      return new java.util.ArrayList<>(
          listing
              .filter(p -> p.getFileName().toString().endsWith(suffix))
              .filter(p -> except == null || !p.getFileName().toString().startsWith(except))
              .sorted()
              .toList());
    } catch (IOException e) {
      return new java.util.ArrayList<>();
    }
  }
}
