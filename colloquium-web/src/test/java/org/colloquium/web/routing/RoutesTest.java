package org.colloquium.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.colloquium.kernel.access.Administrators;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.AnySignedIn;
import org.colloquium.kernel.access.AnyVisitor;
import org.colloquium.kernel.access.Endpoint;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real table: the platform's routes and those the modules on the class path declare. */
class RoutesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  private static final List<Route> ALL = Routes.TABLE.routes();

  private static RouteTable.Match match(String path) {
    return Routes.TABLE.match(path).orElseThrow(() -> new AssertionError("no route for " + path));
  }

  /** The organisers of the event in the address: a rule a module supplies. */
  private static boolean eventOrganisers(Route route) {
    return route.rule().getSimpleName().equals("EventOrganisers");
  }

  @Test
  void theModulesRoutesAreFoundWithoutBeingListed() {
    assertTrue(eventOrganisers(match("/manage/events/x/tracks").route()));
    assertTrue(eventOrganisers(match("/manage/events/x/submissions/3").route()));
    assertTrue(ALL.size() >= 45, "every page: " + ALL.size());
  }

  @Test
  void sharedPagesArePublicAndTheirViewsKeepNoState() {
    long shared = 0;
    for (Route route : ALL) {
      if (route.isShared()) {
        shared++;
        assertTrue(route.isPublic(), route.toString());
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
    for (Route route : ALL) {
      if (!route.isPublic()) {
        assertFalse(route.isShared(), route.toString());
      }
    }
    for (String personal : List.of("/confirm-email", "/reset-password", "/invitation")) {
      assertFalse(match(personal).route().isShared(), personal + " carries a personal token");
    }
  }

  @Test
  void everyRuleARouteNamesSaysWhomItAdmits() {
    for (Route route : ALL) {
      assertTrue(route.rule().isAnnotationPresent(Admits.class), route.toString());
    }
  }

  @Test
  void everyRouteRendersAnExistingViewUnderWebInfOrAServlet() throws IOException {
    assertTrue(Files.isDirectory(WEBAPP), "run from the module directory");
    Set<String> servlets = servletPaths();
    for (Route route : ALL) {
      if (route.view().startsWith("/internal/")) {
        // A servlet mapped to "/internal/x/*" takes every address under "/internal/x/".
        boolean heard =
            servlets.contains(route.view())
                || servlets.stream()
                    .anyMatch(
                        p ->
                            p.endsWith("/*")
                                && route.view().startsWith(p.substring(0, p.length() - 1)));
        assertTrue(heard, "no servlet listens at " + route);
        continue;
      }
      assertTrue(route.view().startsWith("/WEB-INF/views/"), route.toString());
      assertTrue(route.view().endsWith(".xhtml"), route.toString());
      Path file = WEBAPP.resolve(route.view().substring(1));
      assertTrue(Files.isRegularFile(file), "missing view " + file + " for " + route);
    }
  }

  /** The addresses the web module's servlets listen at, read from their annotations. */
  private static Set<String> servletPaths() throws IOException {
    Path classes = Path.of("target/classes");
    Set<String> paths = new HashSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString();
        name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        try {
          WebServlet servlet =
              Class.forName(name, false, RoutesTest.class.getClassLoader())
                  .getAnnotation(WebServlet.class);
          if (servlet != null) {
            paths.addAll(List.of(servlet.value()));
            paths.addAll(List.of(servlet.urlPatterns()));
          }
        } catch (ClassNotFoundException | LinkageError skipped) {
          // Not loadable outside the container; servlets are.
        }
      }
    }
    assertFalse(paths.isEmpty(), "found no servlets under " + classes);
    return paths;
  }

  @Test
  void everyRouteIsReachedByItsOwnAddress() {
    for (Route route : ALL) {
      Map<String, String> values = new java.util.HashMap<>();
      route.parameterNames().forEach(n -> values.put(n, "sample-" + n));
      String path = route.expand(values);
      RouteTable.Match found = match(path);
      assertEquals(route, found.route(), path + " is shadowed by " + found.route());
      assertEquals(values, found.parameters());
    }
  }

  @Test
  void eventAddressCarriesTheSlug() {
    RouteTable.Match found = match("/events/20-months-after");
    assertEquals("/events/{slug}", found.route().pattern());
    assertEquals(Map.of("slug", "20-months-after"), found.parameters());
    assertTrue(found.route().isPublic());
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
    assertEquals(Optional.empty(), Routes.TABLE.match(path));
  }

  @Test
  void managementRoutesAreForOrganisers() {
    List<Route> management = ALL.stream().filter(r -> r.pattern().startsWith("/manage")).toList();
    assertTrue(management.size() >= 2, management.toString());
    for (Route route : management) {
      // The door is the one management page its helpers open too (EventDoor: organisers first).
      assertTrue(
          route.rule().getSimpleName().contains("Organiser")
              || route.pattern().startsWith("/manage/events/{slug}/check-in")
                  && route.rule().getSimpleName().equals("EventDoor"),
          route + " is not an organisers' rule");
    }
    assertEquals("/manage/events/new", match("/manage/events/new").route().pattern());
    assertEquals(Map.of("slug", "x-y-z"), match("/manage/events/x-y-z").parameters());
  }

  @Test
  void eventOrganiserRoutesNameTheEvent() {
    for (Route route : ALL) {
      if (eventOrganisers(route)) {
        assertTrue(route.parameterNames().contains("slug"), route.toString());
      }
    }
  }

  @Test
  void adminRoutesAreForAdministrators() {
    List<Route> admin = ALL.stream().filter(r -> r.pattern().startsWith("/admin")).toList();
    assertTrue(admin.size() >= 2, admin.toString());
    admin.forEach(r -> assertEquals(Administrators.class, r.rule(), r.toString()));
  }

  @Test
  void myAreaNeedsASignIn() {
    ALL.stream()
        .filter(r -> r.pattern().equals("/my") || r.pattern().startsWith("/my/"))
        .forEach(r -> assertEquals(AnySignedIn.class, r.rule(), r.toString()));
  }

  @Test
  void noRouteIsHiddenBehindAnEndpoint() {
    for (Route route : ALL) {
      String path = route.expand(Map.of("slug", "abc"));
      assertEquals(Optional.empty(), Routes.TABLE.endpoint(path), path);
    }
  }

  @Test
  void everyEndpointIsExplainedAndTheSiteFeedIsOne() {
    for (Endpoint endpoint : Routes.TABLE.endpoints()) {
      assertFalse(endpoint.purpose().isBlank(), endpoint.toString());
    }
    assertTrue(Routes.TABLE.endpoint("/feeds/news.atom").orElseThrow().shared());
    assertEquals("/health", Routes.TABLE.endpoint("/health").orElseThrow().prefix());
    assertEquals(Optional.empty(), Routes.TABLE.endpoint("/healthx"));
  }

  @Test
  void publicRoutesUseTheAnyVisitorRule() {
    assertEquals(AnyVisitor.class, match("/events/x/cfp").route().rule());
  }
}
