package org.colloquium.programme.domain.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.colloquium.programme.domain.feeds.FeedFixtures.LINKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colloquium.programme.api.ReleaseSummary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ReleaseFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String NASTY =
      "Sala <b>Țițeica</b> & \"Aula\" s-au schimbat; ]]> 'Ковалёв'\u0007\n<script>alert(1)</script>";

  private static final List<ReleaseSummary> OLDEST_FIRST =
      List.of(
          new ReleaseSummary(1, Instant.parse("2026-04-20T08:00:00Z"), ""),
          new ReleaseSummary(2, Instant.parse("2026-05-02T12:30:00Z"), NASTY),
          new ReleaseSummary(
              3, Instant.parse("2026-05-10T06:15:00Z"), "Comunicarea 401 s-a mutat la 9:30."));

  private final ReleaseFeed feed = new ReleaseFeed(LINKS);

  @Test
  void theFeedIsWellFormedAtomWithWhatRfc4287Requires() throws Exception {
    Element root = parse(write(OLDEST_FIRST)).getDocumentElement();

    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals("ro", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals(
        "https://colloquium.example.ro/events/cilr-2026/programme/releases", child(root, "id"));
    assertEquals(
        "Colocviul Internațional de Lingvistică Romanică — versiunile programului",
        child(root, "title"));
    assertEquals("2026-05-10T06:15:00Z", child(root, "updated"));
    assertEquals("Facultatea de Litere", child(childElement(root, "author"), "name"));
    List<String> selfLinks = new ArrayList<>();
    for (Element link : children(root, "link")) {
      if (link.getAttribute("rel").equals("self")) {
        selfLinks.add(link.getAttribute("href"));
      }
    }
    assertEquals(
        List.of("https://colloquium.example.ro/events/cilr-2026/programme/releases.atom"),
        selfLinks);

    List<Element> entries = children(root, "entry");
    assertEquals(3, entries.size());
    for (Element entry : entries) {
      for (String required : List.of("id", "title", "updated", "content")) {
        assertFalse(child(entry, required).isBlank(), required);
      }
    }
  }

  @Test
  void entriesComeNewestFirstWithStableTagIds() throws Exception {
    List<Element> entries = children(parse(write(OLDEST_FIRST)).getDocumentElement(), "entry");

    assertEquals(
        List.of(
            "tag:colloquium.example.ro,2026-05-10:events/cilr-2026/programme/releases/3",
            "tag:colloquium.example.ro,2026-05-02:events/cilr-2026/programme/releases/2",
            "tag:colloquium.example.ro,2026-04-20:events/cilr-2026/programme/releases/1"),
        entries.stream().map(e -> child(e, "id")).toList());
    assertEquals("Versiunea programului 3", child(entries.get(0), "title"));
    assertEquals("2026-05-02T12:30:00Z", child(entries.get(1), "updated"));
    assertEquals("Comunicarea 401 s-a mutat la 9:30.", child(entries.get(0), "content"));
  }

  @Test
  void aChangelogIsEscapedTextAndComesBackAsWritten() throws Exception {
    byte[] bytes = write(OLDEST_FIRST);
    String raw = new String(bytes, UTF_8);

    assertFalse(raw.contains("<script>"), raw);
    assertFalse(raw.contains("<b>"), raw);
    Element entry = children(parse(bytes).getDocumentElement(), "entry").get(1);
    Element content = childElement(entry, "content");
    assertEquals("text", content.getAttribute("type"));
    assertEquals(NASTY.replace("\u0007", ""), content.getTextContent());
  }

  @Test
  void thereIsNoFeedBeforeTheFirstRelease() {
    assertThrows(
        IllegalArgumentException.class,
        () -> feed.write(FeedFixtures.event(), List.of(), new ByteArrayOutputStream()));
  }

  private byte[] write(List<ReleaseSummary> releases) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    feed.write(FeedFixtures.event(), releases, out);
    return out.toByteArray();
  }

  private static Document parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element
          && ATOM.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element childElement(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), () -> "exactly one atom:" + name);
    return found.get(0);
  }

  private static String child(Element parent, String name) {
    return childElement(parent, name).getTextContent();
  }
}
