package org.colloquium.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  private static Routes.Match match(String path) {
    return Routes.match(path).orElseThrow(() -> new AssertionError("no route for " + path));
  }

  @Test
  void sharedPagesArePublicAndTheirViewsKeepNoState() {
    long shared = 0;
    for (Route route : Routes.ALL) {
      if (route.isShared()) {
        shared++;
        assertEquals(Access.PUBLIC, route.access(), route.toString());
        assertTrue(
            route.view().startsWith("/internal/")
                || org.colloquium.web.faces.StatelessViewHandler.isStateless(route.view()),
            route.toString());
      }
    }
    assertTrue(shared >= 8, "the home, event, call and news pages are shared");
  }

  @Test
  void pagesForSignedInPeopleAreNeverShared() {
    for (Route route : Routes.ALL) {
      if (route.access() != Access.PUBLIC) {
        assertTrue(!route.isShared(), route.toString());
      }
    }
    for (String personal : List.of("/confirm-email", "/reset-password", "/invitation")) {
      assertTrue(!match(personal).route().isShared(), personal + " carries a personal token");
    }
  }

  @Test
  void everyRouteHasAnAccessRule() {
    for (Route route : Routes.ALL) {
      assertNotNull(route.access(), route.toString());
    }
  }

  @Test
  void everyRouteRendersAnExistingViewUnderWebInf() {
    assertTrue(Files.isDirectory(WEBAPP), "run from the module directory");
    for (Route route : Routes.ALL) {
      if (route.view().startsWith("/internal/")) {
        // Served by a servlet (event files) that answers only when the router forwards there.
        continue;
      }
      assertTrue(route.view().startsWith("/WEB-INF/views/"), route.toString());
      assertTrue(route.view().endsWith(".xhtml"), route.toString());
      Path file = WEBAPP.resolve(route.view().substring(1));
      assertTrue(Files.isRegularFile(file), "missing view " + file + " for " + route);
    }
  }

  @Test
  void routePatternsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Route route : Routes.ALL) {
      assertTrue(seen.add(route.pattern()), "twice: " + route.pattern());
    }
  }

  @Test
  void everyRouteIsReachedByItsOwnAddress() {
    for (Route route : Routes.ALL) {
      Map<String, String> values = new java.util.HashMap<>();
      route.parameterNames().forEach(n -> values.put(n, "sample-" + n));
      String path = route.expand(values);
      Routes.Match found = match(path);
      assertEquals(route, found.route(), path + " is shadowed by " + found.route());
      assertEquals(values, found.parameters());
    }
  }

  @Test
  void eventAddressCarriesTheSlug() {
    Routes.Match found = match("/events/20-months-after");
    assertEquals("/events/{slug}", found.route().pattern());
    assertEquals(Map.of("slug", "20-months-after"), found.parameters());
    assertEquals(Access.PUBLIC, found.route().access());
  }

  @Test
  void parameterMatchesOneSegmentOnly() {
    assertEquals(Optional.empty(), Routes.match("/events/a/b"));
    assertEquals(Optional.empty(), Routes.match("/events/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/my/", "/events/20-months-after/", "/admin/outbox/"})
  void trailingSlashIsTolerated(String path) {
    assertEquals(match(path.substring(0, path.length() - 1)).route(), match(path).route(), path);
  }

  @Test
  void homeIsTheRootAddress() {
    assertEquals("/WEB-INF/views/site/home.xhtml", match("/").route().view());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/nope",
        "/WEB-INF/views/site/home.xhtml",
        "/my/profile/extra",
        "/admin/outbox/1",
        "/Events/x",
        "/sign-in.xhtml"
      })
  void unknownAddressesMatchNothing(String path) {
    assertEquals(Optional.empty(), Routes.match(path));
  }

  @Test
  void managementRoutesAreNotPublic() {
    List<Route> management =
        Routes.ALL.stream().filter(r -> r.pattern().startsWith("/manage")).toList();
    assertTrue(management.size() >= 2, management.toString());
    for (Route route : management) {
      assertTrue(
          route.access() == Access.ANY_ORGANISER || route.access() == Access.EVENT_ORGANISER,
          route.toString());
    }
    assertEquals(Access.EVENT_ORGANISER, match("/manage/events/x-y-z").route().access());
    assertEquals(Map.of("slug", "x-y-z"), match("/manage/events/x-y-z").parameters());
  }

  @Test
  void eventOrganiserRoutesNameTheEvent() {
    for (Route route : Routes.ALL) {
      if (route.access() == Access.EVENT_ORGANISER) {
        assertTrue(route.parameterNames().contains("slug"), route.toString());
      }
    }
  }

  @Test
  void adminRoutesAreForAdministrators() {
    List<Route> admin = Routes.ALL.stream().filter(r -> r.pattern().startsWith("/admin")).toList();
    assertTrue(admin.size() >= 2, admin.toString());
    admin.forEach(r -> assertEquals(Access.ADMINISTRATOR, r.access(), r.toString()));
  }

  @Test
  void myAreaNeedsASignIn() {
    Routes.ALL.stream()
        .filter(r -> r.pattern().equals("/my") || r.pattern().startsWith("/my/"))
        .forEach(r -> assertNotEquals(Access.PUBLIC, r.access(), r.toString()));
  }

  @Test
  void noRouteIsHiddenBehindAnEndpoint() {
    for (Route route : Routes.ALL) {
      String path = route.expand(Map.of("slug", "abc"));
      assertEquals(Optional.empty(), Endpoints.match(path), path);
    }
  }

  @Test
  void parameterValuesAreMatchedLiterally() {
    Route route = new Route("/a.b/{id}", "/WEB-INF/views/x.xhtml", Access.PUBLIC);
    assertTrue(route.match("/a.b/1").isPresent());
    assertEquals(Optional.empty(), route.match("/axb/1"));
  }

  @Test
  void routeMustStartWithASlash() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Route("events", "/WEB-INF/views/x.xhtml", Access.PUBLIC));
  }
}
