package org.colloquium.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointsTest {

  @Test
  void healthIsAnEndpoint() {
    assertEquals("/health", Endpoints.match("/health").orElseThrow().prefix());
  }

  @Test
  void facesResourcesAreMatchedByPrefix() {
    assertEquals(
        "/jakarta.faces.resource/",
        Endpoints.match("/jakarta.faces.resource/x").orElseThrow().prefix());
    assertTrue(
        Endpoints.match("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga").isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/language", "/sign-out"})
  void otherEndpointsAreMatchedExactly(String path) {
    assertTrue(Endpoints.match(path).isPresent(), path);
    assertEquals(Optional.empty(), Endpoints.match(path + "x"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/healthx", "/health/", "/health/db", "/jakarta.faces.resource", "/", "/my"})
  void nearMissesAreNotEndpoints(String path) {
    assertEquals(Optional.empty(), Endpoints.match(path), path);
  }

  @Test
  void everyEndpointIsPublicAndExplained() {
    for (Endpoints.Endpoint endpoint : Endpoints.ALL) {
      assertEquals(Access.PUBLIC, endpoint.access(), endpoint.toString());
      assertTrue(!endpoint.purpose().isBlank(), endpoint.toString());
    }
  }
}
