package org.colloquium.web.security;

import jakarta.servlet.http.HttpServletResponse;

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
    response.addHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (secure) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
