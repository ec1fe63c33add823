package org.colloquium.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  /** A proxy of {@code type} whose setters of names and values write into {@code into}. */
  private static <T> T recording(Class<T> type, Map<String, Object> into) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader", "addHeader", "setAttribute" ->
                    into.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            }));
  }

  @Test
  void everyPageForbidsTheCameraAndWebAssembly() {
    Map<String, Object> headers = new HashMap<>();
    SecurityHeaders.apply(recording(HttpServletResponse.class, headers), false);

    assertEquals("camera=(), microphone=(), geolocation=()", headers.get("Permissions-Policy"));
    assertFalse(((String) headers.get("Content-Security-Policy")).contains("wasm"));
  }

  @Test
  void theCodeReaderAddsWebAssemblyToTheScriptSourcesAndNothingElse() {
    Map<String, Object> headers = new HashMap<>();
    Map<String, Object> attributes = new HashMap<>();

    SecurityHeaders.allowCodeReader(
        recording(HttpServletRequest.class, attributes),
        recording(HttpServletResponse.class, headers));

    assertEquals("camera=(self), microphone=(), geolocation=()", headers.get("Permissions-Policy"));
    assertEquals(
        SecurityHeaders.POLICY.replace(
            "script-src 'self' 'unsafe-inline'",
            "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'"),
        headers.get("Content-Security-Policy"));
    // PrimeFaces appends its nonce to these sources.
    assertEquals(
        "script-src 'self' 'wasm-unsafe-eval'",
        attributes.get(SecurityHeaders.PRIMEFACES_POLICY_ATTRIBUTE));
  }
}
