package org.colloquium.programme.domain.pdf;

import org.colloquium.kernel.pdf.Xhtml;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.w3c.dom.Element;

/**
 * An abstract's Markdown as DOM nodes. The commonmark tree is walked by hand instead of rendering
 * HTML and parsing it back: raw HTML in the source becomes visible text, links become their text (a
 * PDF link would need its own tagging, and a printed book cannot be clicked anyway) and headings
 * become bold paragraphs so that an author's "#" cannot break the document's outline of headings,
 * which PDF/UA checks.
 */
final class MarkdownDom {

  private static final Parser PARSER = Parser.builder().build();

  private MarkdownDom() {}

  static void append(Xhtml xhtml, Element parent, String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return;
    }
    PARSER.parse(markdown).accept(new Walker(xhtml, parent));
  }

  private static final class Walker extends AbstractVisitor {
    private final Xhtml xhtml;
    private Element current;

    Walker(Xhtml xhtml, Element root) {
      this.xhtml = xhtml;
      this.current = root;
    }

    private void into(String name, String cssClass, Node node) {
      Element saved = current;
      current = xhtml.add(current, name, cssClass);
      visitChildren(node);
      current = saved;
    }

    @Override
    public void visit(Paragraph paragraph) {
      // A tight list's items hold their text directly, as an HTML renderer would print them.
      if (paragraph.getParent() instanceof ListItem item
          && item.getParent() instanceof org.commonmark.node.ListBlock list
          && list.isTight()) {
        visitChildren(paragraph);
      } else {
        into("p", null, paragraph);
      }
    }

    @Override
    public void visit(Heading heading) {
      into("p", "md-heading", heading);
    }

    @Override
    public void visit(Emphasis emphasis) {
      into("em", null, emphasis);
    }

    @Override
    public void visit(StrongEmphasis strong) {
      into("strong", null, strong);
    }

    @Override
    public void visit(Text text) {
      xhtml.text(current, text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      xhtml.add(current, "code", null, code.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock block) {
      xhtml.add(current, "pre", null, block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      xhtml.add(current, "pre", null, block.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      xhtml.text(current, html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      xhtml.add(current, "p", null, html.getLiteral());
    }

    @Override
    public void visit(BulletList list) {
      into("ul", null, list);
    }

    @Override
    public void visit(OrderedList list) {
      Element saved = current;
      current = xhtml.add(current, "ol", null);
      Integer start = list.getMarkerStartNumber();
      if (start != null && start != 1) {
        current.setAttribute("start", Integer.toString(start));
      }
      visitChildren(list);
      current = saved;
    }

    @Override
    public void visit(ListItem item) {
      into("li", null, item);
    }

    @Override
    public void visit(BlockQuote quote) {
      into("blockquote", null, quote);
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      xhtml.add(current, "hr", null);
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      xhtml.text(current, " ");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      xhtml.add(current, "br", null);
    }

    @Override
    public void visit(Link link) {
      visitChildren(link);
      String destination = link.getDestination();
      if (destination != null && !destination.isBlank()) {
        xhtml.text(current, " (" + destination + ")");
      }
    }

    @Override
    public void visit(Image image) {
      // Images are not fetched: their description stands in for them.
      visitChildren(image);
    }
  }
}
