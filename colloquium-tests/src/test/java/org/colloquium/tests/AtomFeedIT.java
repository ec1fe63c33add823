package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Atom feeds parse as XML in the Atom namespace and carry every element RFC 4287 requires; they
 * hold public news only.
 */
class AtomFeedIT extends DeployedApplication {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private static Document parse(Page page) throws Exception {
    assertEquals(200, page.status(), page.body());
    assertEquals(
        "application/atom+xml;charset=utf-8",
        page.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element one(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), () -> parent.getLocalName() + " needs exactly one " + name);
    return found.get(0);
  }

  private static Element link(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(parent.getLocalName() + " has no link " + rel));
  }

  /** Checks RFC 4287's required elements; returns the entries' titles. */
  private static List<String> checkFeed(Document feed, String selfPath) {
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertTrue(URI.create(one(root, "id").getTextContent()).isAbsolute());
    assertFalse(one(root, "title").getTextContent().isBlank());
    OffsetDateTime.parse(one(root, "updated").getTextContent());
    boolean feedAuthor = !children(root, "author").isEmpty();
    if (feedAuthor) {
      assertFalse(one(one(root, "author"), "name").getTextContent().isBlank());
    }
    String self = link(root, "self").getAttribute("href");
    assertTrue(self.startsWith("http") && self.endsWith(selfPath), self);
    assertTrue(link(root, "alternate").getAttribute("href").startsWith("http"));

    List<String> titles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Element entry : children(root, "entry")) {
      ids.add(one(entry, "id").getTextContent());
      assertTrue(URI.create(ids.get(ids.size() - 1)).isAbsolute(), "an IRI");
      titles.add(one(entry, "title").getTextContent());
      OffsetDateTime.parse(one(entry, "updated").getTextContent());
      OffsetDateTime.parse(one(entry, "published").getTextContent());
      String href = link(entry, "alternate").getAttribute("href");
      assertTrue(href.startsWith("http"), href);
      assertTrue(feedAuthor || !children(entry, "author").isEmpty(), "an author for every entry");
      Element content = one(entry, "content");
      assertEquals("html", content.getAttribute("type"));
      assertFalse(content.getTextContent().contains("<script"));
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), "entry ids are unique");
    return titles;
  }

  @Test
  void theSiteFeedIsValidAtomWithPublicNewsOnly() throws Exception {
    Page page = new WebClient().get("/feeds/news.atom");
    List<String> titles = checkFeed(parse(page), "/feeds/news.atom");
    assertTrue(
        titles.stream().anyMatch(t -> t.startsWith("Welcome to the conference site")),
        titles::toString);
    assertTrue(
        titles.stream().anyMatch(t -> t.startsWith("International Conference: 20 Months After")),
        titles::toString);
    assertTrue(titles.stream().anyMatch(t -> t.startsWith("Call for Papers")), titles::toString);
    assertFalse(
        titles.stream().anyMatch(t -> t.startsWith("Programme of the IVth")),
        "a scheduled item is absent");
  }

  @Test
  void anEventsFeedIsValidAtomWithThatEventsNews() throws Exception {
    Page page = new WebClient().get("/events/20-months-after/news.atom");
    List<String> titles = checkFeed(parse(page), "/events/20-months-after/news.atom");
    assertTrue(
        titles.stream().anyMatch(t -> t.startsWith("International Conference: 20 Months After")),
        titles::toString);
    assertFalse(titles.stream().anyMatch(t -> t.startsWith("Welcome")), "no site news");
    assertFalse(titles.stream().anyMatch(t -> t.startsWith("Call for Papers")), "no other event's");
  }

  @Test
  void feedsOfDraftOrUnknownEventsDoNotExist() {
    WebClient visitor = new WebClient();
    assertEquals(404, visitor.get("/events/annual-conference-iv/news.atom").status());
    assertEquals(404, visitor.get("/events/no-such-event/news.atom").status());
    assertEquals(404, visitor.get("/internal/feeds/event-news?slug=20-months-after").status());
  }

  @Test
  void newsPagesLinkToTheirFeeds() throws Exception {
    WebClient visitor = new WebClient();
    Page news = visitor.get("/news");
    String href =
        news.document().select("link[rel=alternate][type=application/atom+xml]").attr("href");
    assertEquals("/feeds/news.atom", href);
    var subscribe = news.document().selectFirst("a.feed-link");
    assertNotNull(subscribe);
    assertEquals("Subscribe (Atom)", subscribe.text());
    checkFeed(parse(visitor.get(subscribe.attr("abs:href"))), "/feeds/news.atom");
  }
}
