package org.colloquium.web.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.colloquium.events.api.NewsCatalogue;
import org.colloquium.events.api.NewsFeed;
import org.colloquium.kernel.config.Settings;

/**
 * Atom 1.0 (RFC 4287) feeds of the public news: {@code /feeds/news.atom} for the whole site and
 * {@code /events/{slug}/news.atom} for one event, which the route table forwards here with the
 * slug; an unknown or draft event answers 404. Links are absolute, from COLLOQUIUM_BASE_URL, since
 * feed readers fetch the feed from elsewhere.
 */
@WebServlet(urlPatterns = {NewsFeedServlet.SITE_FEED, NewsFeedServlet.EVENT_FEED_SERVLET})
public class NewsFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String SITE_FEED = "/feeds/news.atom";

  /**
   * Where the route of an event's feed (events' route set) forwards. Not reachable from outside:
   * the router answers 404 to any address that is neither a route nor an endpoint.
   */
  static final String EVENT_FEED_SERVLET = "/internal/feeds/event-news";

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  @Inject transient NewsCatalogue catalogue;
  @Inject transient Settings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<NewsFeed> feed =
        EVENT_FEED_SERVLET.equals(request.getServletPath())
            ? catalogue.eventFeed(request.getParameter("slug"))
            : Optional.of(catalogue.siteFeed());
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/atom+xml; charset=UTF-8");
    try (OutputStream out = response.getOutputStream()) {
      write(feed.get(), out);
    } catch (XMLStreamException e) {
      throw new IOException("could not write the feed", e);
    }
  }

  private void write(NewsFeed feed, OutputStream out) throws XMLStreamException {
    String base = settings.baseUrl();
    boolean site = feed.eventSlug() == null;
    String listPath = site ? "/news" : "/events/" + feed.eventSlug() + "/news";
    String selfPath = site ? SITE_FEED : "/events/" + feed.eventSlug() + "/news.atom";
    // Texts of the feed itself in English: a feed reader sends no language choice.
    ResourceBundle texts =
        ResourceBundle.getBundle("org.colloquium.web.i18n.Messages", Locale.ROOT);

    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(ATOM);
    xml.writeStartElement(ATOM, "feed");
    xml.writeDefaultNamespace(ATOM);
    xml.writeAttribute("xml", XML, "lang", "en");
    // Relative links inside the items' HTML resolve against the site.
    xml.writeAttribute("xml", XML, "base", base + "/");

    element(xml, "id", base + selfPath);
    xml.writeStartElement(ATOM, "title");
    if (!site) {
      xml.writeAttribute("xml", XML, "lang", feed.eventLanguage().code());
    }
    xml.writeCharacters(
        site
            ? MessageFormat.format(texts.getString("news.feed.siteTitle"), settings.siteName())
            : MessageFormat.format(texts.getString("news.feed.eventTitle"), feed.eventTitle()));
    xml.writeEndElement();
    element(xml, "updated", time(feed.updated()));
    link(xml, "self", "application/atom+xml", base + selfPath);
    link(xml, "alternate", "text/html", base + listPath);
    xml.writeStartElement(ATOM, "author");
    element(xml, "name", settings.siteName());
    element(xml, "uri", base + "/");
    xml.writeEndElement();
    xml.writeStartElement(ATOM, "generator");
    xml.writeCharacters("Colloquium");
    xml.writeEndElement();

    for (NewsFeed.Entry entry : feed.entries()) {
      xml.writeStartElement(ATOM, "entry");
      xml.writeAttribute("xml", XML, "lang", entry.language().code());
      element(xml, "id", entry.id());
      element(xml, "title", entry.title());
      link(xml, "alternate", "text/html", base + entry.path());
      element(xml, "published", time(entry.published()));
      element(xml, "updated", time(entry.updated()));
      xml.writeStartElement(ATOM, "content");
      xml.writeAttribute("type", "html");
      // The writer escapes the (already sanitised) HTML, as type="html" requires.
      xml.writeCharacters(entry.html());
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(ATOM, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  /** RFC 3339, in UTC. */
  private static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
