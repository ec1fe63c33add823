package org.colloquium.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  /** An element or attribute that could run script, anywhere in a tag. */
  private static final Pattern DANGEROUS_TAG =
      Pattern.compile(
          "<\\s*(script|iframe|img|object|embed|style|svg|math|form|input)\\b"
              + "|<[^>]*\\son[a-z]+\\s*="
              + "|<[^>]*(href|src)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):",
          Pattern.CASE_INSENSITIVE);

  private static void assertSafe(String html) {
    assertFalse(DANGEROUS_TAG.matcher(html).find(), () -> "unsafe: " + html);
  }

  @Test
  void rendersEmphasisAndStrong() {
    String html = Markdown.toSafeHtml("Some *emphasis* and **strong** text");
    assertTrue(html.contains("<em>emphasis</em>"), html);
    assertTrue(html.contains("<strong>strong</strong>"), html);
    assertTrue(html.startsWith("<p>"), html);
  }

  @Test
  void rendersLists() {
    String html = Markdown.toSafeHtml("- Bucharest\n- Iași\n\n1. first\n2. second");
    assertTrue(html.matches("(?s).*<ul>\\s*<li>Bucharest</li>\\s*<li>Iași</li>\\s*</ul>.*"), html);
    assertTrue(html.matches("(?s).*<ol>\\s*<li>first</li>\\s*<li>second</li>\\s*</ol>.*"), html);
  }

  @Test
  void rendersLinksThatDoNotLeakTheOpener() {
    String html = Markdown.toSafeHtml("See [the call](https://colloquium.example/events/x).");
    assertTrue(html.contains("href=\"https://colloquium.example/events/x\""), html);
    assertTrue(html.contains(">the call</a>"), html);
    assertTrue(html.matches("(?s).*rel=\"[^\"]*noopener[^\"]*\".*"), html);
    assertTrue(html.matches("(?s).*rel=\"[^\"]*noreferrer[^\"]*\".*"), html);
  }

  @Test
  void rendersHeadingsTablesAndCode() {
    String html =
        Markdown.toSafeHtml(
            "## Dates\n\n| Step | When |\n|---|---|\n| Abstracts | 11 January |\n\n`code`");
    assertTrue(html.contains("<h4>Dates</h4>"), "two levels below the page's own: " + html);
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<td>Abstracts</td>"), html);
    assertTrue(html.contains("<code>code</code>"), html);
  }

  @Test
  void headingsNeverOutrankThePage() {
    String html = Markdown.toSafeHtml("# Title\n\n###### Deepest");
    assertTrue(html.contains("<h3>Title</h3>"), html);
    assertTrue(html.contains("<h6>Deepest</h6>"), "capped at h6: " + html);
    assertFalse(html.contains("<h1>") || html.contains("<h2>"), html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "Hello <script src=\"https://evil.example/x.js\"></script> world",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\">click</p>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "<svg onload=alert(1)>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "<style>body{display:none}</style>",
        "<form action=\"https://evil.example\"><input name=p></form>"
      })
  void neverLetsScriptThrough(String source) {
    assertSafe(Markdown.toSafeHtml(source));
  }

  @Test
  void scriptIsShownAsTextNotRun() {
    String html = Markdown.toSafeHtml("<script>alert(1)</script>");
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  @Test
  void javascriptLinkLosesItsTarget() {
    String html = Markdown.toSafeHtml("[click](javascript:alert(1))");
    assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
    assertTrue(html.contains("click"), html);
  }

  @Test
  void rawHtmlIsNotPassedThrough() {
    String html = Markdown.toSafeHtml("<b>bold</b> and <span style=\"color:red\">red</span>");
    assertFalse(html.contains("<b>"), html);
    assertFalse(html.contains("<span"), html);
    assertTrue(html.contains("&lt;b&gt;bold"), html);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t\n"})
  void nothingRendersAsEmpty(String source) {
    assertEquals("", Markdown.toSafeHtml(source));
  }
}
