package org.colloquium.web.security;

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

  private SecurityHeaders() {}

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
