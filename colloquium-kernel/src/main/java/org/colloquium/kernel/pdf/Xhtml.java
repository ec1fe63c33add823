package org.colloquium.kernel.pdf;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An XHTML document built node by node. User text only ever enters through {@link #text} and
 * attribute values, so nothing a user typed is parsed as markup or CSS; only the style sheet, which
 * is ours, is a string.
 */
public final class Xhtml {

  public static final String NS = "http://www.w3.org/1999/xhtml";

  private final Document document;
  private final Element head;
  private final Element body;

  public Xhtml(String lang, String title, String description, String css) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document = factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML document builder", e);
    }
    Element html = document.createElementNS(NS, "html");
    html.setAttribute("lang", lang);
    document.appendChild(html);
    head = add(html, "head", null);
    add(head, "title", null, title);
    // openhtmltopdf takes the PDF's subject (and the XMP description PDF/UA asks for) from it.
    for (String name : new String[] {"subject", "description"}) {
      Element meta = add(head, "meta", null);
      meta.setAttribute("name", name);
      meta.setAttribute("content", description);
    }
    Element style = add(head, "style", null);
    style.setAttribute("type", "text/css");
    style.appendChild(document.createTextNode(css));
    body = add(html, "body", null);
  }

  public Document document() {
    return document;
  }

  public Element head() {
    return head;
  }

  public Element body() {
    return body;
  }

  public Element element(String name, String cssClass) {
    Element element = document.createElementNS(NS, name);
    if (cssClass != null) {
      element.setAttribute("class", cssClass);
    }
    return element;
  }

  public Element add(Element parent, String name, String cssClass) {
    Element element = element(name, cssClass);
    parent.appendChild(element);
    return element;
  }

  /** An element holding {@code text} as text, or nothing when it is null. */
  public Element add(Element parent, String name, String cssClass, String text) {
    Element element = add(parent, name, cssClass);
    text(element, text);
    return element;
  }

  public void text(Element parent, String text) {
    if (text != null && !text.isEmpty()) {
      parent.appendChild(document.createTextNode(text));
    }
  }

  /** A bookmark of the PDF's outline, openhtmltopdf's way: {@code <bookmark>} in the head. */
  public Element bookmark(Element parent, String name, String targetId) {
    Element bookmark = document.createElementNS(NS, "bookmark");
    bookmark.setAttribute("name", name == null ? "" : name);
    bookmark.setAttribute("href", "#" + targetId);
    parent.appendChild(bookmark);
    return bookmark;
  }

  public Element bookmarks() {
    Element bookmarks = document.createElementNS(NS, "bookmarks");
    head.appendChild(bookmarks);
    return bookmarks;
  }
}
