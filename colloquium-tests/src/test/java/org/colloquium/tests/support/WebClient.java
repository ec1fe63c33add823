package org.colloquium.tests.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript: keeps cookies, follows redirects (or not, to see them), reads forms
 * from the page and posts them with every hidden field (view state, CSP nonce) as a browser would.
 *
 * <p>Each client comes from an address of its own, as different people do: every request carries it
 * in {@code X-Forwarded-For}, which the test server trusts (COLLOQUIUM_BEHIND_PROXY in the failsafe
 * configuration), so the limits per client address see one client per WebClient rather than the
 * whole suite on 127.0.0.1. {@link #from} gives a chosen address, for tests of those limits. The
 * addresses are from 198.18.0.0/15 (set aside for tests); no packet goes there.
 */
public final class WebClient {

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final String base;
  private final String clientAddress;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient following;
  private final HttpClient notFollowing;

  public WebClient() {
    this(Deployments.baseUrl());
  }

  public WebClient(String base) {
    this(base, nextAddress());
  }

  /** A client that the server sees coming from {@code clientAddress}. */
  public static WebClient from(String clientAddress) {
    return new WebClient(Deployments.baseUrl(), clientAddress);
  }

  private static String nextAddress() {
    int n = CLIENTS.incrementAndGet();
    return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
  }

  private WebClient(String base, String clientAddress) {
    this.base = base;
    this.clientAddress = clientAddress;
    this.following =
        HttpClient.newBuilder()
            // HTTP/1.1 as a reverse proxy speaks to the server: Undertow ignores X-Forwarded-For on
            // a connection upgraded to HTTP/2 (h2c), which the JDK client would otherwise ask for.
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.notFollowing =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public String base() {
    return base;
  }

  /**
   * The same person (cookies and client address) at another address of the site: another node of a
   * cluster, as a balancer sends them there.
   */
  public WebClient at(String otherBase) {
    WebClient moved = new WebClient(otherBase, clientAddress);
    URI uri = URI.create(otherBase);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      moved.cookies.getCookieStore().add(uri, (HttpCookie) cookie.clone());
    }
    return moved;
  }

  /** The address the server sees this client come from. */
  public String clientAddress() {
    return clientAddress;
  }

  public Page get(String pathOrUrl) {
    return send(following, request(pathOrUrl).GET());
  }

  /** The response itself, without following a redirect. */
  public Page getWithoutRedirect(String path) {
    return send(notFollowing, request(path).GET());
  }

  public Page post(String path, Map<String, String> parameters) {
    return post(path, parameters, base);
  }

  /** A form post as a browser sends it, with the given Origin header. */
  public Page post(String path, Map<String, String> parameters, String origin) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString(encode(parameters)));
    return send(following, request);
  }

  /**
   * Submits the form {@code formId} of {@code page} with the button {@code buttonId}. Field names
   * are given without the form prefix ({@code "email"} for {@code signIn:email}); everything else
   * in the form is sent as the page had it.
   */
  public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
    return submit(page, formId, fields, Set.of(), buttonId);
  }

  /**
   * Like {@link #submit(Page, String, Map, String)}, with the boxes named in {@code unticked}
   * (without the form prefix) cleared first, as a person unticking them all.
   */
  public Page submit(
      Page page, String formId, Map<String, String> fields, Set<String> unticked, String buttonId) {
    Element form = page.document().getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.path() + ": " + page.text());
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("button")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      if (type.equals("checkbox")
          && unticked.contains(input.attr("name").substring(formId.length() + 1))) {
        continue;
      }
      String value =
          input.tagName().equals("select")
              ? input.select("option[selected]").stream().findFirst().map(o -> o.val()).orElse("")
              : input.val();
      // A browser sends "on" for a ticked box without a value, which JSF reads as true.
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("value")) {
        value = "on";
      }
      parameters.put(input.attr("name"), value);
    }
    fields.forEach((name, value) -> parameters.put(formId + ":" + name, value));
    parameters.put(formId + ":" + buttonId, "");
    String action = form.attr("action");
    return post(action.isEmpty() ? page.path() : action, parameters);
  }

  /** A file for {@link #submitMultipart}: its name as the browser sends it, type and bytes. */
  public record Upload(String fileName, String contentType, byte[] bytes) {}

  /**
   * Like {@link #submit}, for a form with {@code enctype="multipart/form-data"}: {@code files} maps
   * field names (without the form prefix) to uploads; file inputs left out are sent empty.
   */
  public Page submitMultipart(
      Page page,
      String formId,
      Map<String, String> fields,
      Map<String, Upload> files,
      String buttonId) {
    Element form = page.document().getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.path() + ": " + page.text());
    }
    String boundary = "----colloquium" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.BiConsumer<String, String> text =
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + (value == null ? "" : value)
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("button") || type.equals("file")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      String value =
          input.tagName().equals("select")
              ? input.select("option[selected]").stream().findFirst().map(o -> o.val()).orElse("")
              : input.val();
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("value")) {
        value = "on";
      }
      parameters.put(input.attr("name"), value);
    }
    fields.forEach((name, value) -> parameters.put(formId + ":" + name, value));
    parameters.put(formId + ":" + buttonId, "");
    parameters.forEach(text);
    for (Element input : form.select("input[type=file]")) {
      String name = input.attr("name");
      Upload upload = files.get(name.substring(formId.length() + 1));
      String fileName = upload == null ? "" : upload.fileName();
      String type = upload == null ? "application/octet-stream" : upload.contentType();
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + name
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + type
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(upload == null ? new byte[0] : upload.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String action = form.attr("action");
    HttpRequest.Builder request =
        request(action.isEmpty() ? page.path() : action)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    // Followed by hand: the JDK client keeps the multipart Content-Type on the GET it makes of a
    // redirect, and the server then fails reading a multipart body that is not there.
    Page answer = send(notFollowing, request);
    if (answer.status() >= 301 && answer.status() <= 303) {
      return get(
          answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow()).toString());
    }
    return answer;
  }

  /** The raw bytes of a response (files), with status and headers. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return following.send(
          request(path).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpRequest.Builder request(String pathOrUrl) {
    return HttpRequest.newBuilder(uri(pathOrUrl)).header("X-Forwarded-For", clientAddress);
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  private static Page send(HttpClient client, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.uri(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(
                        e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
