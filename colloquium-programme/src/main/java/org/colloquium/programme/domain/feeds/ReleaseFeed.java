package org.colloquium.programme.domain.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.colloquium.programme.api.PublishedProgramme.EventFacts;
import org.colloquium.programme.api.ReleaseSummary;

/**
 * An event's programme releases as an Atom feed (RFC 4287), so people who follow a conference learn
 * when its programme changed and what changed.
 *
 * <p>Entry ids are tag URIs ({@code tag:host,date:events/slug/programme/releases/version}) dated by
 * the release's own publication: a release is never published twice, so its id never changes, and
 * there is no page per release whose address could serve instead.
 */
public final class ReleaseFeed {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final DateTimeFormatter TAG_DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final FeedLinks links;

  public ReleaseFeed(FeedLinks links) {
    this.links = Objects.requireNonNull(links, "links");
  }

  /** The id of a release's entry. */
  public String entryId(ReleaseSummary release) {
    return "tag:"
        + links.host()
        + ","
        + TAG_DATE.format(release.publishedAt())
        + ":events/"
        + links.eventSlug()
        + "/programme/releases/"
        + release.version();
  }

  /**
   * Writes the feed in UTF-8, newest release first whatever the order given.
   *
   * @throws IllegalArgumentException when there is no release: a feed must say when it was last
   *     updated, so before the first release the address should answer 404 instead
   */
  public void write(EventFacts event, List<ReleaseSummary> releases, OutputStream out)
      throws IOException {
    if (releases.isEmpty()) {
      throw new IllegalArgumentException("No release of " + event.slug() + " to put in a feed");
    }
    List<ReleaseSummary> newestFirst =
        releases.stream()
            .sorted(
                Comparator.comparing(ReleaseSummary::publishedAt)
                    .thenComparing(ReleaseSummary::version)
                    .reversed())
            .toList();
    Labels labels = Labels.of(event.language());
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(ATOM);
      xml.writeStartElement(ATOM, "feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute(
          "xml", "http://www.w3.org/XML/1998/namespace", "lang", event.language().code());
      leaf(xml, 1, "id", links.releases().toString());
      leaf(xml, 1, "title", event.title() + " — " + labels.releases());
      leaf(xml, 1, "updated", newestFirst.get(0).publishedAt().toString());
      link(xml, 1, "self", "application/atom+xml", links.releasesAtom().toString());
      link(xml, 1, "alternate", "text/html", links.releases().toString());
      indent(xml, 1);
      xml.writeStartElement(ATOM, "author");
      leaf(xml, 2, "name", author(event));
      leaf(xml, 2, "uri", links.programme().toString());
      indent(xml, 1);
      xml.writeEndElement();
      indent(xml, 1);
      xml.writeStartElement(ATOM, "generator");
      xml.writeCharacters(FrabSchedule.GENERATOR);
      xml.writeEndElement();
      for (ReleaseSummary release : newestFirst) {
        indent(xml, 1);
        xml.writeStartElement(ATOM, "entry");
        leaf(xml, 2, "id", entryId(release));
        leaf(xml, 2, "title", labels.release() + " " + release.version());
        leaf(xml, 2, "published", release.publishedAt().toString());
        leaf(xml, 2, "updated", release.publishedAt().toString());
        // The programme page shows only the latest release; the releases page shows them all.
        link(xml, 2, "alternate", "text/html", links.releases().toString());
        indent(xml, 2);
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(FeedText.xml(content(release, labels)));
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Could not write the releases feed", e);
    }
    out.flush();
  }

  private static String author(EventFacts event) {
    return event.organiser() == null || event.organiser().isBlank()
        ? event.title()
        : event.organiser();
  }

  private static String content(ReleaseSummary release, Labels labels) {
    String changelog = release.changelog() == null ? "" : release.changelog().strip();
    return changelog.isEmpty() ? labels.release() + " " + release.version() : changelog;
  }

  private static void leaf(XMLStreamWriter xml, int depth, String name, String text)
      throws XMLStreamException {
    indent(xml, depth);
    xml.writeStartElement(ATOM, name);
    xml.writeCharacters(FeedText.xml(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, int depth, String rel, String type, String href)
      throws XMLStreamException {
    indent(xml, depth);
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
