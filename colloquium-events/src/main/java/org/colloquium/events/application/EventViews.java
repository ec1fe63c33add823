package org.colloquium.events.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.events.api.CallSummary;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventSummary;
import org.colloquium.events.api.InstitutionView;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.Institution;
import org.colloquium.events.domain.LocalisedText;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.text.Markdown;

/** Maps entities to the views pages get. */
final class EventViews {

  /** Search engines and link previews show about this much. */
  static final int SHARE_TEXT_LENGTH = 200;

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern INLINE_TAG =
      Pattern.compile("</?(a|strong|em|b|i|code|s|del|span)\\b[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

  private EventViews() {}

  static EventSummary summary(Event e) {
    return summary(e, null);
  }

  /** In the visitor's language where translated; {@code null} for the primary language. */
  static EventSummary summary(Event e, Language visitor) {
    var schedule = e.schedule();
    LocalisedText text = e.textIn(visitor);
    return new EventSummary(
        e.slug().value(),
        text.title(),
        text.subtitle(),
        schedule.start(),
        schedule.end(),
        schedule.zone(),
        e.venueName(),
        e.attendance(),
        e.status(),
        text.language(),
        e.series(),
        e.edition());
  }

  // The call is announced in the event's primary language: its eligibility text has no translation,
  // and title and eligibility share one lang attribute.
  static CallSummary call(Event e, CallForPapers c, Instant now) {
    return new CallSummary(
        e.slug().value(),
        e.title(),
        c.opensAt(),
        c.abstractDeadline(),
        e.schedule().zone(),
        c.eligibility(),
        c.isOpen(now),
        e.contentLanguage());
  }

  static InstitutionView institution(Institution i) {
    return i == null ? null : new InstitutionView(i.name(), i.url());
  }

  static EventDetails details(Event e, CallForPapers c, Instant now) {
    return details(e, c, now, null);
  }

  static EventDetails details(Event e, CallForPapers c, Instant now, Language visitor) {
    LocalisedText text = e.textIn(visitor);
    return new EventDetails(
        summary(e, visitor),
        Markdown.toSafeHtml(text.description()),
        e.venueAddress(),
        institution(e.organiser()),
        e.partners().stream().map(EventViews::institution).toList(),
        c == null ? null : call(e, c, now),
        text.descriptionLanguage(),
        e.venueMapUrl(),
        e.streamUrl(),
        e.contactEmail(),
        shareText(text));
  }

  /**
   * Plain text for {@code <meta name="description">} and {@code og:description}: the start of the
   * description without Markdown or tags, cut at a word, or the subtitle when there is none. Made
   * from the sanitised HTML, so that what scripts the sanitiser removes is gone here too; the page
   * escapes the result again as an attribute value.
   */
  static String shareText(LocalisedText text) {
    String html = Markdown.toSafeHtml(text.description());
    // Raw HTML in Markdown is shown as text on the page; a preview drops it as tag-like text.
    String flat = TAG.matcher(INLINE_TAG.matcher(html).replaceAll("")).replaceAll(" ");
    String plain = TAG.matcher(unescape(flat)).replaceAll(" ");
    plain = plain.replaceAll("\\s+", " ").strip();
    if (plain.isEmpty()) {
      return text.subtitle() == null ? text.title() : text.subtitle();
    }
    if (plain.length() <= SHARE_TEXT_LENGTH) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', SHARE_TEXT_LENGTH - 1);
    return plain.substring(0, cut > 0 ? cut : SHARE_TEXT_LENGTH - 1) + "…";
  }

  private static String unescape(String html) {
    Matcher m = ENTITY.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String entity = m.group(1);
      String replacement =
          switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                Character.toString(
                    entity.startsWith("#x")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Message keys of what an organiser has not filled in yet. */
  static List<String> missing(Event e, boolean hasCall) {
    List<String> missing = new ArrayList<>();
    if (e.description() == null) {
      missing.add("event.missing.description");
    }
    if (e.attendance().inPerson() && e.venueName() == null) {
      missing.add("event.missing.venue");
    }
    if (e.attendance().online() && e.streamUrl() == null) {
      missing.add("event.missing.stream");
    }
    if (e.contactEmail() == null) {
      missing.add("event.missing.contact");
    }
    Language other = e.contentLanguage() == Language.EN ? Language.RO : Language.EN;
    if (e.translation(other).isEmpty()) {
      missing.add("event.missing.translation");
    }
    if (!hasCall) {
      missing.add("event.missing.call");
    }
    return missing;
  }
}
