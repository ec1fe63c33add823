package org.colloquium.programme.domain.feeds;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;

/** Text shared by the feeds: abstracts without Markdown, speaker lines, slugs. */
final class FeedText {

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)[^)]*\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+");
  private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*\\n]+?)\\*");
  private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  // Characters XML 1.0 cannot carry even escaped; an abstract pasted from a PDF may hold them.
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private FeedText() {}

  /**
   * The abstract as a calendar or an app shows it: the authors' Markdown without its markup (links
   * keep their address, since a calendar cannot follow them otherwise).
   */
  static String plain(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    text = IMAGE.matcher(text).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1 ($2)");
    text = HEADING.matcher(text).replaceAll("");
    text = QUOTE.matcher(text).replaceAll("");
    text = STRONG.matcher(text).replaceAll("$2");
    text = EMPHASIS.matcher(text).replaceAll("$1");
    text = CODE.matcher(text).replaceAll("$1");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }

  /** "Name (Affiliation), Name" as printed under a title. */
  static String people(List<ProgrammeAuthor> authors) {
    return authors.stream()
        .map(
            a ->
                a.affiliation() == null || a.affiliation().isBlank()
                    ? a.fullName()
                    : a.fullName() + " (" + a.affiliation() + ")")
        .collect(Collectors.joining(", "));
  }

  /** ASCII words joined by hyphens, for slugs tools put in file names ("" when none is left). */
  static String slug(String text, int maxLength) {
    if (text == null) {
      return "";
    }
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
    if (slug.length() > maxLength) {
      slug = slug.substring(0, maxLength);
    }
    return slug.replaceAll("^-+|-+$", "");
  }

  /** Drops what XML 1.0 cannot hold at all; escaping the rest is the StAX writer's job. */
  static String xml(String text) {
    return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
  }

  /** "P3 — Title (Speakers)", a poster as a poster session's description lists it. */
  static String posterLine(ProgrammeContribution poster) {
    String board = poster.board() == null ? "" : poster.board() + " — ";
    String speakers = people(poster.speakers());
    return board + poster.title() + (speakers.isEmpty() ? "" : " (" + speakers + ")");
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
