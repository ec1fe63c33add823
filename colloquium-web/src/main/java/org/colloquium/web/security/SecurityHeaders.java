package org.colloquium.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.BiConsumer;

/**
 * The security headers of every response. PrimeFaces sends its own Content-Security-Policy with the
 * per-request script nonce; this second policy adds everything else. Browsers enforce both, so a
 * script must satisfy this policy ('self' or inline) and PrimeFaces' (its nonce).
 */
public final class SecurityHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: https:; font-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The request attribute PrimeFaces' policy is read from ({@code primefaces.CSP_POLICY} in
   * web.xml): its script sources, to which PrimeFaces appends the nonce. Unset, PrimeFaces' default
   * applies.
   */
  public static final String PRIMEFACES_POLICY_ATTRIBUTE = "colloquium.primefacesPolicy";

  private static final String WEBASSEMBLY = "script-src 'self' 'wasm-unsafe-eval'";

  static final String POLICY_WITH_WEBASSEMBLY = POLICY.replace("script-src 'self'", WEBASSEMBLY);

  private SecurityHeaders() {}

  /**
   * What the door's page needs to read tickets and every other page is refused: the camera, and
   * WebAssembly (the code reader) in both policies, ours and PrimeFaces'. Called before the page
   * renders, while ours is the only policy set (PrimeFaces adds its own when rendering begins).
   */
  public static void allowCodeReader(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
    response.setHeader(CONTENT_SECURITY_POLICY, POLICY_WITH_WEBASSEMBLY);
    request.setAttribute(PRIMEFACES_POLICY_ATTRIBUTE, WEBASSEMBLY);
  }

  /** Sets the headers; {@code secure} when the visitor came over HTTPS (HSTS). */
  public static void apply(HttpServletResponse response, boolean secure) {
    // The policy is added beside PrimeFaces' own; every other header is set once.
    forEach(
        secure,
        (name, value) -> {
          if (CONTENT_SECURITY_POLICY.equals(name)) {
            response.addHeader(name, value);
          } else {
            response.setHeader(name, value);
          }
        });
  }

  /** Gives each header and its value, for a response that is not a servlet's. */
  public static void forEach(boolean secure, BiConsumer<String, String> header) {
    header.accept(CONTENT_SECURITY_POLICY, POLICY);
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    header.accept("Cross-Origin-Opener-Policy", "same-origin");
    if (secure) {
      header.accept("Strict-Transport-Security", "max-age=31536000");
    }
  }

  private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
}
