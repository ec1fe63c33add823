package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Element;

/** Calls to the submissions JSON API with a personal token, and the PDFs tests send it. */
public final class SubmissionsApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private SubmissionsApi() {}

  /** An answer of the API. */
  public record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body())).readObject();
    }

    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }
  }

  public static Answer send(
      String method, String path, String token, String contentType, byte[] body, String key) {
    return sendTo(Deployments.baseUrl(), method, path, token, contentType, body, key);
  }

  /** As {@link #send}, to the server at {@code base} (a node of the cluster suite). */
  public static Answer sendTo(
      String base,
      String method,
      String path,
      String token,
      String contentType,
      byte[] body,
      String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Answer get(String path, String token) {
    return send("GET", path, token, null, null, null);
  }

  public static Answer post(String path, String token) {
    return send("POST", path, token, null, null, null);
  }

  public static Answer create(String slug, String token, String key, JsonObject body) {
    return send(
        "POST",
        "/api/v1/events/" + slug + "/submissions",
        token,
        "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8),
        key);
  }

  public static Answer putFile(String slug, String token, long id, byte[] pdf, String query) {
    return send(
        "PUT",
        "/api/v1/events/" + slug + "/submissions/" + id + "/file" + query,
        token,
        "application/pdf",
        pdf,
        null);
  }

  /** A draft by the demo author, presenting it, in English. */
  public static JsonObject draft(String title, String abstractText) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("abstract", abstractText)
        .add("language", "en")
        .add(
            "authors",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Ioana Țăranu")
                        .add("email", DemoUsers.AUTHOR.email())
                        .add("presenting", true)))
        .build();
  }

  public static String key() {
    return UUID.randomUUID().toString();
  }

  /** The id of the event's first track or presentation type ({@code "tracks"}, …). */
  public static long firstId(String slug, String field) {
    return get("/api/v1/events/" + slug, null)
        .json()
        .getJsonArray(field)
        .getValuesAs(JsonObject.class)
        .get(0)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Creates a read-write personal token without expiry on the profile page, with the demo accounts'
   * password, and answers its secret.
   */
  public static String newToken(WebClient client, String name) {
    return newToken(client, name, DemoUsers.PASSWORD);
  }

  /** Creates a read-write token without expiry, giving {@code password} again. */
  public static String newToken(WebClient client, String name, String password) {
    Page page =
        client.submit(
            client.get("/my/profile"),
            "apiTokens",
            Map.of("name", name, "scope", "READ_WRITE", "lifetime", "NEVER", "password", password),
            "create");
    Element field = page.document().getElementById("newApiTokenSecret");
    if (field == null) {
      throw new AssertionError("no secret shown: " + page.errors() + " " + page.text());
    }
    return field.attr("value");
  }

  // One token per demo account for the whole test run: an account may hold only ten, and every
  // test class shares the database.
  private static final Map<DemoUsers, String> TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A token of the demo account, made once per test run. */
  public static String tokenOf(DemoUsers user) {
    return TOKENS.computeIfAbsent(
        user, u -> newToken(u.signedIn(), "tests " + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** A real one-page PDF made with PDFBox, changed by {@code change} before it is saved. */
  public static byte[] pdf(String text, Consumer<PDDocument> change) {
    return TestPdfs.onePage(text, change);
  }

  public static void assertStatus(int status, Answer answer) {
    assertEquals(status, answer.status(), answer::body);
  }
}
