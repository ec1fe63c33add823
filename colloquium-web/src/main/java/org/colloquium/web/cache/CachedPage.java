package org.colloquium.web.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.web.cache.CapturingResponse.Header;

/**
 * One rendered public page as sent to an anonymous visitor: its bytes, the headers the page set and
 * where the script nonce stands in both. Every answer from the cache gets a nonce of its own
 * ({@link #writeTo}): a nonce seen in one response is worthless for injecting a script into the
 * next, which is what makes a nonce a nonce.
 */
final class CachedPage {

  /** PrimeFaces' policy: {@code script-src 'self' 'nonce-…'}. */
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  /** Headers the cache sets itself, or that must never be repeated to another visitor. */
  private static final List<String> NOT_KEPT =
      List.of(
          "set-cookie",
          "content-length",
          "date",
          "cache-control",
          "etag",
          "last-modified",
          "expires",
          "vary",
          "pragma");

  private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  private final byte[] body;
  private final List<Header> headers;
  private final String contentType;
  private final String nonce;
  private final int[] nonceAt;
  private final String etag;
  private final Instant lastModified;
  private final long createdNanos;

  private CachedPage(
      byte[] body,
      List<Header> headers,
      String contentType,
      String nonce,
      int[] nonceAt,
      Instant lastModified,
      long createdNanos) {
    this.body = body;
    this.headers = headers;
    this.contentType = contentType;
    this.nonce = nonce;
    this.nonceAt = nonceAt;
    this.lastModified = lastModified;
    this.createdNanos = createdNanos;
    this.etag = "W/\"" + fingerprint() + "\"";
  }

  /**
   * The page a capture holds, or empty if its policies name two different nonces (which no page of
   * ours does; such a page could not be given a fresh one safely).
   */
  static Optional<CachedPage> of(
      CapturingResponse captured, String contentType, Instant now, long nowNanos) {
    byte[] body = captured.body();
    List<Header> kept = new ArrayList<>();
    String nonce = null;
    for (Header header : captured.headers()) {
      String name = header.name().toLowerCase(Locale.ROOT);
      if (NOT_KEPT.contains(name) || "content-type".equals(name)) {
        continue;
      }
      if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(header.name())) {
        Matcher m = NONCE.matcher(header.value());
        if (m.find()) {
          if (nonce != null && !nonce.equals(m.group(1))) {
            return Optional.empty();
          }
          nonce = m.group(1);
        }
      }
      kept.add(header);
    }
    int[] at = nonce == null ? new int[0] : occurrences(body, nonce);
    return Optional.of(
        new CachedPage(
            body,
            List.copyOf(kept),
            contentType,
            nonce,
            at,
            now.truncatedTo(ChronoUnit.SECONDS),
            nowNanos));
  }

  String etag() {
    return etag;
  }

  Instant lastModified() {
    return lastModified;
  }

  long createdNanos() {
    return createdNanos;
  }

  /** What the entry costs in memory, roughly: its bytes. */
  int size() {
    return body.length + 512;
  }

  /** Sets this page's headers on {@code response}, with {@code freshNonce} in the policy. */
  void writeHeaders(HttpServletResponse response, String freshNonce) {
    if (contentType != null) {
      response.setContentType(contentType);
    }
    eachHeader(freshNonce, response::addHeader);
  }

  /** The content type the page was rendered with, or null. */
  String contentType() {
    return contentType;
  }

  /** This page's headers but its content type, with {@code freshNonce} in the policy. */
  void eachHeader(String freshNonce, BiConsumer<String, String> add) {
    for (Header header : headers) {
      String value = header.value();
      if (nonce != null && CONTENT_SECURITY_POLICY.equalsIgnoreCase(header.name())) {
        value = value.replace(nonce, freshNonce);
      }
      add.accept(header.name(), value);
    }
  }

  /** The body with {@code freshNonce} wherever the rendered nonce stood, as buffers to send. */
  ByteBuffer[] bodyBuffers(String freshNonce) {
    ByteBuffer fresh = ByteBuffer.wrap(freshNonce.getBytes(StandardCharsets.US_ASCII));
    ByteBuffer[] parts = new ByteBuffer[nonceAt.length * 2 + 1];
    int from = 0;
    int i = 0;
    for (int at : nonceAt) {
      parts[i++] = ByteBuffer.wrap(body, from, at - from);
      parts[i++] = fresh.duplicate();
      from = at + lengthOfNonce();
    }
    parts[i] = ByteBuffer.wrap(body, from, body.length - from);
    return parts;
  }

  /** The length of the body once {@code freshNonce} stands in for the rendered one. */
  long length(String freshNonce) {
    return body.length + (long) nonceAt.length * (freshNonce.length() - lengthOfNonce());
  }

  /** Writes the body with {@code freshNonce} wherever the rendered nonce stood. */
  void writeBody(OutputStream out, String freshNonce) throws IOException {
    byte[] fresh = freshNonce.getBytes(StandardCharsets.US_ASCII);
    int from = 0;
    for (int at : nonceAt) {
      out.write(body, from, at - from);
      out.write(fresh);
      from = at + lengthOfNonce();
    }
    out.write(body, from, body.length - from);
  }

  private int lengthOfNonce() {
    return nonce == null ? 0 : nonce.length();
  }

  /** A digest of the page without its nonce: a page rendered again unchanged keeps its ETag. */
  private String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      int from = 0;
      for (int at : nonceAt) {
        digest.update(body, from, at - from);
        from = at + lengthOfNonce();
      }
      digest.update(body, from, body.length - from);
      digest.update(String.valueOf(contentType).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static int[] occurrences(byte[] body, String text) {
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    List<Integer> found = new ArrayList<>();
    outer:
    for (int i = 0; i + needle.length <= body.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (body[i + j] != needle[j]) {
          continue outer;
        }
      }
      found.add(i);
      i += needle.length - 1;
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
