package org.colloquium.kernel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

  private static final String VIEW = "/WEB-INF/views/x.xhtml";

  private static RouteSet set(Route... routes) {
    return () -> List.of(routes);
  }

  private static RouteSet setWithEndpoints(Endpoint... endpoints) {
    return new RouteSet() {
      @Override
      public List<Route> routes() {
        return List.of();
      }

      @Override
      public List<Endpoint> endpoints() {
        return List.of(endpoints);
      }
    };
  }

  private static final Route EVENT = Route.shared("/events/{slug}", VIEW);
  private static final Route MANAGE =
      new Route("/manage/events/{slug}", VIEW, Administrators.class);
  private static final Route NEW = new Route("/manage/events/new", VIEW, AnySignedIn.class);
  private static final Route NUMBER =
      new Route("/manage/events/{slug}/submissions/{number}", VIEW, Administrators.class);
  private static final Route STATISTICS =
      new Route("/manage/events/{slug}/submissions/statistics", VIEW, Administrators.class);
  private static final Route HOME = Route.shared("/", VIEW);

  private static RouteTable table() {
    return new RouteTable(List.of(set(EVENT, MANAGE, NUMBER), set(HOME, NEW, STATISTICS)));
  }

  @Test
  void literalSegmentsWinOverParametersWhateverTheOrderOfTheSets() {
    List<RouteSet> sets = new ArrayList<>(List.of(set(MANAGE, NUMBER), set(NEW, STATISTICS)));
    for (int turn = 0; turn < 2; turn++) {
      RouteTable table = new RouteTable(sets);
      assertEquals(NEW, table.match("/manage/events/new").orElseThrow().route());
      assertEquals(MANAGE, table.match("/manage/events/new-one").orElseThrow().route());
      assertEquals(
          STATISTICS, table.match("/manage/events/a/submissions/statistics").orElseThrow().route());
      assertEquals(NUMBER, table.match("/manage/events/a/submissions/12").orElseThrow().route());
      Collections.reverse(sets);
    }
  }

  @Test
  void anAddressCarriesItsParameters() {
    var found = table().match("/manage/events/a-b/submissions/7").orElseThrow();
    assertEquals(Map.of("slug", "a-b", "number", "7"), found.parameters());
  }

  @Test
  void twoRoutesOfOneShapeAreRefused() {
    Route other = new Route("/events/{name}", VIEW, AnySignedIn.class);
    var refused =
        assertThrows(
            IllegalStateException.class, () -> new RouteTable(List.of(set(EVENT), set(other))));
    assertTrue(refused.getMessage().contains("/events/{name}"), refused.getMessage());
  }

  @Test
  void parameterMatchesOneSegmentOnly() {
    assertEquals(Optional.empty(), table().match("/events/a/b"));
    assertEquals(Optional.empty(), table().match("/events/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/events/x/", "/manage/events/new/"})
  void trailingSlashIsTolerated(String path) {
    String bare = path.substring(0, path.length() - 1);
    assertEquals(
        table().match(bare).orElseThrow().route(), table().match(path).orElseThrow().route());
  }

  @Test
  void theRootIsAnAddressOfItsOwn() {
    assertEquals(HOME, table().match("/").orElseThrow().route());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nope", "/Events/x", "/manage/events", "/WEB-INF/views/x.xhtml"})
  void unknownAddressesMatchNothing(String path) {
    assertEquals(Optional.empty(), table().match(path));
  }

  @Test
  void parameterValuesAreMatchedLiterally() {
    Route route = new Route("/a.b/{id}", VIEW, AnyVisitor.class);
    assertTrue(route.match("/a.b/1").isPresent());
    assertEquals(Optional.empty(), route.match("/axb/1"));
  }

  @Test
  void routeMustStartWithASlashAndNameARule() {
    assertThrows(IllegalArgumentException.class, () -> new Route("events", VIEW, AnyVisitor.class));
    assertThrows(NullPointerException.class, () -> new Route("/events", VIEW, null));
  }

  @Test
  void onlyTheAnyVisitorRuleIsPublicAndSharedRoutesAreThatRule() {
    assertTrue(EVENT.isPublic());
    assertTrue(EVENT.isShared());
    assertTrue(!MANAGE.isPublic());
    assertTrue(!new Route("/x", VIEW, AnyVisitor.class).isShared());
  }

  @Test
  void endpointsWithASlashAreMatchedByPrefixOthersExactly() {
    RouteTable table =
        new RouteTable(
            List.of(
                setWithEndpoints(
                    new Endpoint("/jakarta.faces.resource/", "resources"),
                    new Endpoint("/health", "health"))));
    assertTrue(table.endpoint("/jakarta.faces.resource/theme.css.xhtml?ln=x").isPresent());
    assertTrue(table.endpoint("/health").isPresent());
    for (String near : List.of("/healthx", "/health/", "/jakarta.faces.resource", "/")) {
      assertEquals(Optional.empty(), table.endpoint(near), near);
    }
  }

  @Test
  void everyKernelRuleSaysWhomItAdmits() {
    for (Class<?> rule : List.of(AnyVisitor.class, AnySignedIn.class, Administrators.class)) {
      assertTrue(rule.isAnnotationPresent(Admits.class), rule.getName());
    }
    assertEquals(
        List.of(Audience.ADMINISTRATOR),
        List.of(Administrators.class.getAnnotation(Admits.class).value()));
  }

  @Test
  void rulesAnswerAsTheyClaim() {
    Visitor administrator = new Visitor(1, true);
    Visitor author = new Visitor(2, false);
    assertTrue(new Administrators().admits(administrator, Map.of()));
    assertTrue(!new Administrators().admits(author, Map.of()));
    assertTrue(new AnySignedIn().admits(author, Map.of()));
    assertTrue(new AnyVisitor().admits(author, Map.of()));
  }
}
