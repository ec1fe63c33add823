package org.colloquium.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SameOriginPostFilterTest {

  private static final String HOST = "colloquium.example";

  /** A request that answers only getMethod and getHeader (case-insensitive names). */
  private static HttpServletRequest request(String method, String... headerPairs) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i].toLowerCase(java.util.Locale.ROOT), headerPairs[i + 1]);
    }
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getHeader" ->
                      headers.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                  case "getMethod" -> method;
                  case "toString" -> method + " " + headers;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  private static HttpServletRequest post(String... headerPairs) {
    return request("POST", headerPairs);
  }

  @Test
  void sameHostOriginIsAllowed() {
    assertTrue(SameOriginPostFilter.sameOrigin(post("Host", HOST, "Origin", "https://" + HOST)));
  }

  @Test
  void hostIsComparedWithoutRegardToCase() {
    assertTrue(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Origin", "https://Colloquium.Example")));
  }

  @Test
  void otherHostOriginIsRefused() {
    assertFalse(
        SameOriginPostFilter.sameOrigin(post("Host", HOST, "Origin", "https://evil.example")));
  }

  @Test
  void portIsPartOfTheOrigin() {
    assertTrue(
        SameOriginPostFilter.sameOrigin(
            post("Host", "localhost:8080", "Origin", "http://localhost:8080")));
    assertFalse(
        SameOriginPostFilter.sameOrigin(
            post("Host", "localhost:8080", "Origin", "http://localhost:9090")));
  }

  @Test
  void hostNamedInsideAnotherOriginIsRefused() {
    assertFalse(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Origin", "https://" + HOST + ".evil.example")));
    assertFalse(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Referer", "https://evil.example/?next=https://" + HOST + "/")));
  }

  @Test
  void sameHostRefererIsAllowedWithoutOrigin() {
    assertTrue(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Referer", "https://" + HOST + "/sign-in?next=/my")));
  }

  @Test
  void otherHostRefererIsRefused() {
    assertFalse(
        SameOriginPostFilter.sameOrigin(post("Host", HOST, "Referer", "https://evil.example/x")));
  }

  @Test
  void requestNamingNoSourceIsAllowed() {
    assertTrue(SameOriginPostFilter.sameOrigin(post("Host", HOST)));
  }

  @Test
  void nullOriginFallsBackToReferer() {
    assertTrue(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Origin", "null", "Referer", "https://" + HOST + "/my")));
    assertFalse(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Origin", "null", "Referer", "https://evil.example/")));
  }

  @Test
  void nullOriginWithoutRefererIsRefused() {
    // What a sandboxed frame on another site sends.
    assertFalse(SameOriginPostFilter.sameOrigin(post("Host", HOST, "Origin", "null")));
  }

  @Test
  void originWinsOverReferer() {
    assertFalse(
        SameOriginPostFilter.sameOrigin(
            post("Host", HOST, "Origin", "https://evil.example", "Referer", "https://" + HOST)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://exa mple.com", "https://[broken", "http://%zz", "::::"})
  void malformedOriginIsRefused(String origin) {
    assertFalse(SameOriginPostFilter.sameOrigin(post("Host", HOST, "Origin", origin)));
  }

  @Test
  void originWithoutHostHeaderIsRefused() {
    assertFalse(SameOriginPostFilter.sameOrigin(post("Origin", "https://" + HOST)));
  }

  // The filter itself: only unsafe methods are checked.

  private final List<Integer> errors = new ArrayList<>();
  private final List<String> passedOn = new ArrayList<>();

  private final HttpServletResponse response =
      (HttpServletResponse)
          Proxy.newProxyInstance(
              HttpServletResponse.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, m, args) -> {
                if (m.getName().equals("sendError")) {
                  errors.add((Integer) args[0]);
                  return null;
                }
                throw new UnsupportedOperationException(m.getName());
              });

  private final FilterChain chain =
      (req, res) -> passedOn.add(((HttpServletRequest) req).getMethod());

  @Test
  void crossSitePostIsAnsweredWithForbidden() throws Exception {
    new SameOriginPostFilter()
        .doFilter(post("Host", HOST, "Origin", "https://evil.example"), response, chain);
    assertEquals(List.of(HttpServletResponse.SC_FORBIDDEN), errors);
    assertEquals(List.of(), passedOn);
  }

  @Test
  void sameSitePostIsPassedOn() throws Exception {
    new SameOriginPostFilter()
        .doFilter(post("Host", HOST, "Origin", "https://" + HOST), response, chain);
    assertEquals(List.of(), errors);
    assertEquals(List.of("POST"), passedOn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void safeMethodsAreNotChecked(String method) throws Exception {
    new SameOriginPostFilter()
        .doFilter(request(method, "Host", HOST, "Origin", "https://evil.example"), response, chain);
    assertEquals(List.of(), errors);
    assertEquals(List.of(method), passedOn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
  void otherUnsafeMethodsAreChecked(String method) throws Exception {
    new SameOriginPostFilter()
        .doFilter(request(method, "Host", HOST, "Origin", "https://evil.example"), response, chain);
    assertEquals(List.of(HttpServletResponse.SC_FORBIDDEN), errors);
  }
}
