package org.colloquium.programme.domain.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfEngine;
import org.colloquium.kernel.pdf.Xhtml;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.SessionKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The printed programme: A4, a section per day in which the sessions that start together follow one
 * another under their common time (six parallel rooms side by side would leave a column too narrow
 * for a title), then an index of speakers by family name with the day and time they speak.
 */
public final class ProgrammePdf {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ProgrammePdf() {}

  /**
   * The programme as a tagged PDF (PDF/UA-1, PDF/A-3u).
   *
   * @param language the language of the fixed words, dates and the document; titles and abstracts
   *     stay in their own
   */
  public static byte[] render(PublishedProgramme programme, Language language) {
    return PdfEngine.render(document(programme, language));
  }

  /** The document before layout: what {@link #render} prints, for tests to look into. */
  static Document document(PublishedProgramme programme, Language language) {
    return new Builder(programme, Labels.of(language)).build();
  }

  private static final class Builder {
    private final PublishedProgramme programme;
    private final Labels labels;
    private final ZoneId zone;
    private final Xhtml x;

    Builder(PublishedProgramme programme, Labels labels) {
      this.programme = programme;
      this.labels = labels;
      this.zone = programme.event().zone();
      String title = programme.event().title() + " — " + labels.get("programme");
      String css =
          PdfEngine.CSS_BASE
              + PdfEngine.pageCss(
                  PdfEngine.cssString(labels.get("page") + " ")
                      + " counter(page) \" / \" counter(pages)")
              + CSS;
      this.x = new Xhtml(labels.language().code(), title, title, css);
    }

    Document build() {
      Element body = x.body();
      Element bookmarks = x.bookmarks();
      x.add(
          body,
          "div",
          "running-header",
          programme.event().title() + " — " + labels.get("programme"));
      Element cover = x.add(body, "div", "cover");
      cover.setAttribute("id", "top");
      x.add(cover, "h1", null, programme.event().title());
      if (programme.event().subtitle() != null) {
        x.add(cover, "p", "subtitle", programme.event().subtitle());
      }
      x.add(cover, "p", "meta", eventLine());
      x.add(
          cover,
          "p",
          "meta",
          labels.format(
              "version",
              programme.version(),
              labels.date(programme.publishedAt().atZone(zone).toLocalDate())));

      Map<LocalDate, List<ProgrammeSession>> byDay = new TreeMap<>();
      for (ProgrammeSession session : programme.sessions()) {
        if (session.kind().isPublic()) {
          byDay
              .computeIfAbsent(session.start().atZone(zone).toLocalDate(), d -> new ArrayList<>())
              .add(session);
        }
      }
      int dayNumber = 0;
      for (Map.Entry<LocalDate, List<ProgrammeSession>> day : byDay.entrySet()) {
        dayNumber++;
        String id = "day-" + dayNumber;
        Element section = x.add(body, "div", dayNumber == 1 ? "day first" : "day");
        section.setAttribute("id", id);
        String dayTitle = labels.day(day.getKey());
        x.add(section, "h2", null, dayTitle);
        x.bookmark(bookmarks, dayTitle, id);
        Map<Instant, List<ProgrammeSession>> slots = new TreeMap<>();
        for (ProgrammeSession session : day.getValue()) {
          slots.computeIfAbsent(session.start(), s -> new ArrayList<>()).add(session);
        }
        for (List<ProgrammeSession> slot : slots.values()) {
          Element block = x.add(section, "div", "slot");
          boolean parallel = slot.size() > 1;
          if (parallel) {
            x.add(block, "p", "slot-time", time(slot.get(0).start()));
          }
          for (ProgrammeSession session : slot) {
            session(block, session);
          }
        }
      }
      Element index = x.add(body, "div", "index");
      index.setAttribute("id", "speakers");
      x.add(index, "h2", null, labels.get("indexOfSpeakers"));
      x.bookmark(bookmarks, labels.get("indexOfSpeakers"), "speakers");
      speakerIndex(index);
      return x.document();
    }

    private String eventLine() {
      var event = programme.event();
      LocalDate first = event.start().atZone(zone).toLocalDate();
      LocalDate last = event.end().atZone(zone).toLocalDate();
      String dates =
          first.equals(last) ? labels.date(first) : labels.date(first) + " – " + labels.date(last);
      StringBuilder line = new StringBuilder(dates);
      if (event.venueName() != null) {
        line.append(" · ").append(event.venueName());
      }
      return line.toString();
    }

    private void session(Element parent, ProgrammeSession session) {
      String range = time(session.start()) + "–" + time(session.end());
      String room = room(session.roomId());
      if (session.kind() == SessionKind.BREAK) {
        Element line = x.add(parent, "p", "break");
        x.add(line, "span", "time", range);
        x.text(line, " ");
        boolean titled = session.title() != null && !session.title().isBlank();
        x.add(line, "span", null, titled ? session.title() : labels.kind(SessionKind.BREAK));
        if (!room.isEmpty()) {
          x.text(line, " · " + room);
        }
        return;
      }
      Element box =
          x.add(
              parent, "div", "session " + session.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (session.language() != null) {
        box.setAttribute("lang", session.language());
      }
      Element heading = x.add(box, "h3", null);
      x.add(heading, "span", "kind", labels.kind(session.kind()) + ": ");
      x.text(heading, session.title());
      if (session.titleSecond() != null && !session.titleSecond().isBlank()) {
        x.add(box, "p", "second-title", session.titleSecond());
      }
      x.add(box, "p", "where", room.isEmpty() ? range : range + " · " + room);
      if (!session.chairs().isEmpty()) {
        x.add(
            box, "p", "chairs", labels.get("chairs") + ": " + String.join(", ", session.chairs()));
      }
      if (session.description() != null && !session.description().isBlank()) {
        x.add(box, "p", "description", session.description());
      }
      for (ProgrammeContribution contribution : session.contributions()) {
        Element item = x.add(box, "div", "contribution");
        if (contribution.language() != null) {
          item.setAttribute("lang", contribution.language());
        }
        Element title = x.add(item, "p", "contribution-title");
        if (contribution.poster() && contribution.board() != null) {
          x.add(title, "span", "time", contribution.board());
        } else if (contribution.start() != null && !session.kind().equals(SessionKind.POSTERS)) {
          x.add(title, "span", "time", time(contribution.start()));
        }
        x.text(title, " ");
        x.add(title, "span", null, contribution.title());
        Element speakers = x.add(item, "p", "speakers");
        boolean firstSpeaker = true;
        for (ProgrammeAuthor author : contribution.speakers()) {
          if (!firstSpeaker) {
            x.text(speakers, "; ");
          }
          firstSpeaker = false;
          x.add(speakers, "span", "speaker", author.fullName());
          if (author.affiliation() != null && !author.affiliation().isBlank()) {
            x.add(speakers, "span", "affiliation", " (" + author.affiliation() + ")");
          }
        }
      }
    }

    private String room(Long roomId) {
      if (roomId == null) {
        return "";
      }
      return programme
          .room(roomId)
          .map(
              r -> {
                String mode = labels.roomMode(r.mode());
                return mode.isEmpty() ? r.name() : r.name() + " (" + mode + ")";
              })
          .orElse("");
    }

    private String time(Instant instant) {
      return TIME.format(instant.atZone(zone));
    }

    private void speakerIndex(Element index) {
      record Speaker(String fullName, String familyName) {}
      Map<Speaker, List<String>> where = new LinkedHashMap<>();
      for (ProgrammeSession session : programme.sessions()) {
        if (!session.kind().isPublic()) {
          continue;
        }
        for (ProgrammeContribution contribution : session.contributions()) {
          Instant at = contribution.start() != null ? contribution.start() : session.start();
          ZonedDateTime local = at.atZone(zone);
          String slot = labels.shortDay(local.toLocalDate()) + ", " + TIME.format(local);
          if (contribution.poster() && contribution.board() != null) {
            slot += " (" + contribution.board() + ")";
          } else {
            String room = programme.room(session.roomId()).map(ProgrammeRoom::name).orElse(null);
            if (room != null) {
              slot += " (" + room + ")";
            }
          }
          for (ProgrammeAuthor author : contribution.speakers()) {
            List<String> slots =
                where.computeIfAbsent(
                    new Speaker(author.fullName(), familyName(author)), s -> new ArrayList<>());
            if (!slots.contains(slot)) {
              slots.add(slot);
            }
          }
        }
      }
      Comparator<String> collator = labels.nameOrder();
      List<Speaker> speakers = new ArrayList<>(where.keySet());
      speakers.sort(
          Comparator.comparing(Speaker::familyName, collator)
              .thenComparing(Speaker::fullName, collator));
      for (Speaker speaker : speakers) {
        Element entry = x.add(index, "p", "index-entry");
        nameFamilyFirst(x, entry, speaker.fullName(), speaker.familyName());
        x.text(entry, " — ");
        List<String> slots = where.get(speaker);
        for (int i = 0; i < slots.size(); i++) {
          x.add(entry, "span", "slot-ref", slots.get(i));
          if (i < slots.size() - 1) {
            x.text(entry, "; ");
          }
        }
      }
    }
  }

  static String familyName(ProgrammeAuthor author) {
    if (author.familyName() != null && !author.familyName().isBlank()) {
      return author.familyName();
    }
    String name = Objects.requireNonNullElse(author.fullName(), "").trim();
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  /** "Family, Given" as an index prints it, the family name in bold. */
  static void nameFamilyFirst(Xhtml x, Element parent, String fullName, String familyName) {
    String name = Objects.requireNonNullElse(fullName, "");
    int at = familyName == null || familyName.isEmpty() ? -1 : name.lastIndexOf(familyName);
    if (at < 0) {
      x.add(parent, "strong", null, name);
      return;
    }
    x.add(parent, "strong", null, familyName);
    String given = (name.substring(0, at) + name.substring(at + familyName.length())).trim();
    if (!given.isEmpty()) {
      x.text(parent, ", " + given);
    }
  }

  private static final String CSS =
      """
      h1 { font-size: 20pt; margin: 0 0 4pt 0; }
      h2 { font-size: 15pt; margin: 0 0 8pt 0; border-bottom: 1pt solid #333333; }
      h3 { font-size: 10.5pt; margin: 0 0 2pt 0; page-break-after: avoid; }
      .cover { margin-bottom: 12pt; }
      .subtitle { font-size: 13pt; margin: 0 0 4pt 0; }
      .meta { margin: 0 0 2pt 0; color: #333333; }
      .day { page-break-before: always; }
      .day.first { page-break-before: auto; }
      .slot { margin: 0 0 8pt 0; }
      .slot-time { font-weight: bold; font-size: 11pt; margin: 6pt 0 3pt 0;
                   page-break-after: avoid; }
      .session { border-left: 2.5pt solid #2f5d8a; padding: 2pt 0 2pt 6pt; margin: 0 0 6pt 0; }
      .session.keynote, .session.plenary { border-left-color: #8a2f2f; }
      .session.posters { border-left-color: #2f8a4a; }
      .kind { color: #444444; font-weight: normal; }
      .second-title { font-style: italic; margin: 0 0 2pt 0; }
      .where { margin: 0 0 2pt 0; font-weight: bold; color: #2f5d8a; }
      .chairs, .description { margin: 0 0 2pt 0; }
      .contribution { margin: 3pt 0 0 0; page-break-inside: avoid; }
      .contribution-title { margin: 0; font-weight: bold; }
      .time { display: inline-block; min-width: 30pt; font-weight: bold; color: #2f5d8a; }
      .speakers { margin: 0 0 0 34pt; font-size: 9pt; }
      .affiliation { color: #444444; }
      .break { margin: 4pt 0; padding: 3pt 6pt; background-color: #eeeeee; }
      .index { page-break-before: always; }
      .slot-ref { white-space: nowrap; }
      .index-entry { margin: 0 0 1pt 0; font-size: 9pt; padding-left: 12pt; text-indent: -12pt; }
      """;
}
