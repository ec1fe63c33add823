package org.colloquium.kernel.text;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to sanitised HTML. commonmark renders; the OWASP sanitizer then keeps only formatting,
 * links, lists, tables and headings (moved two levels down, see below). Raw HTML in the source is
 * escaped by the renderer and anything that survives is filtered by the policy, so both would have
 * to fail for a script to pass.
 */
public final class Markdown {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("p", "div", "blockquote", "ul", "ol", "li")
                  // The page already has its h1 (the event) and h2 (the section): a "# heading"
                  // in a description becomes h3, "##" h4 and so on, so the outline stays intact.
                  .allowElements(
                      (name, attributes) -> "h" + Math.min(6, name.charAt(1) - '0' + 2),
                      "h1",
                      "h2",
                      "h3",
                      "h4",
                      "h5",
                      "h6")
                  .toFactory())
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                  .allowElements("pre", "code", "hr", "br")
                  .toFactory());

  private Markdown() {}

  /** Renders {@code source} (may be null) to HTML safe for {@code h:outputText escape="false"}. */
  public static String toSafeHtml(String source) {
    if (source == null || source.isBlank()) {
      return "";
    }
    String html = RENDERER.render(PARSER.parse(source));
    return POLICY.sanitize(html);
  }
}
