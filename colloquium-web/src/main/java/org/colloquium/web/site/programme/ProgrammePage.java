package org.colloquium.web.site.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.text.Folding;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}/programme: the last release by day, parallel sessions side by side, with filters
 * in the address (track, room, language, type, words) so that a filtered view can be shared and is
 * kept by the page cache like any other.
 */
@Named
@RequestScoped
public class ProgrammePage {

  @Inject PublishedProgrammes programmes;
  @Inject SignedIn signedIn;

  private String slug;
  // Text, not Long: a mistyped address (?track=abc) shows the whole programme, not a failed page.
  private String track;
  private String room;
  private String language;
  private String type;
  private String q;
  private PublishedProgramme programme;

  public void load() {
    programme =
        programmes
            .current(slug, signedIn.accountId())
            .orElseThrow(() -> new NotFoundException("no published programme of " + slug));
  }

  /** One day: its slots, each the sessions that start at one time, side by side. */
  public record Day(LocalDate date, List<Slot> slots) {}

  /** Sessions starting at one time, in the rooms' order. */
  public record Slot(Instant start, List<Shown> sessions) {}

  /** A session with the contributions the filters let through. */
  public record Shown(ProgrammeSession session, List<ProgrammeContribution> contributions) {}

  public List<Day> getDays() {
    Map<LocalDate, Map<Instant, List<Shown>>> days = new LinkedHashMap<>();
    for (ProgrammeSession session : programme.sessions()) {
      List<ProgrammeContribution> shown =
          session.contributions().stream().filter(this::matches).toList();
      if (!sessionShown(session, shown)) {
        continue;
      }
      LocalDate date = session.start().atZone(programme.event().zone()).toLocalDate();
      days.computeIfAbsent(date, d -> new LinkedHashMap<>())
          .computeIfAbsent(session.start(), s -> new ArrayList<>())
          .add(new Shown(session, shown));
    }
    List<Day> result = new ArrayList<>();
    days.forEach(
        (date, slots) -> {
          List<Slot> list = new ArrayList<>();
          slots.forEach((start, sessions) -> list.add(new Slot(start, sessions)));
          result.add(new Day(date, list));
        });
    return result;
  }

  /**
   * Whether a session is listed under the filters. Breaks, keynotes and plenaries have no
   * contributions to match: they stay while only the room (or their language) narrows, and a search
   * finds them by their title and description.
   */
  private boolean sessionShown(ProgrammeSession session, List<ProgrammeContribution> shown) {
    if (getRoomId() != null && !getRoomId().equals(session.roomId())) {
      return false;
    }
    boolean narrowsContributions =
        getTrackId() != null || blank(language) != null || blank(type) != null || blank(q) != null;
    if (!narrowsContributions) {
      return true;
    }
    if (session.kind().holdsContributions()) {
      return !shown.isEmpty();
    }
    if (blank(q) != null) {
      return contains(session.title() + " " + Objects.toString(session.description(), ""));
    }
    return getTrackId() == null && blank(type) == null && language.equals(session.language());
  }

  private boolean matches(ProgrammeContribution c) {
    if (getTrackId() != null && !getTrackId().equals(c.trackId())) {
      return false;
    }
    if (blank(language) != null && !language.equals(c.language())) {
      return false;
    }
    if (blank(type) != null && !type.equals(c.typeName())) {
      return false;
    }
    if (blank(q) != null) {
      StringBuilder text = new StringBuilder(c.title());
      for (ProgrammeAuthor author : c.authors()) {
        text.append(' ')
            .append(author.fullName())
            .append(' ')
            .append(Objects.toString(author.affiliation(), ""));
      }
      c.keywords().forEach(k -> text.append(' ').append(k));
      return contains(text.toString());
    }
    return true;
  }

  /** Every word of the search in the text, without regard to case or diacritics. */
  private boolean contains(String text) {
    String folded = Folding.comparable(text);
    for (String word : Folding.comparable(q).split("\\s+")) {
      if (!word.isEmpty() && !folded.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public boolean isFiltered() {
    return getTrackId() != null
        || getRoomId() != null
        || blank(language) != null
        || blank(type) != null
        || blank(q) != null;
  }

  /** The presentation types in the release, for the filter. */
  public Set<String> getTypes() {
    Set<String> types = new TreeSet<>();
    programme
        .contributions()
        .forEach(
            c -> {
              if (c.typeName() != null) types.add(c.typeName());
            });
    return types;
  }

  /** The languages of the release's contributions, for the filter. */
  public Set<String> getLanguages() {
    Set<String> languages = new TreeSet<>();
    programme
        .contributions()
        .forEach(
            c -> {
              if (c.language() != null) languages.add(c.language());
            });
    return languages;
  }

  public String languageName(String code) {
    return code == null
        ? ""
        : Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code));
  }

  public String roomName(Long roomId) {
    return programme.roomName(roomId);
  }

  public String trackName(Long trackId) {
    return programme.trackName(trackId);
  }

  /** "Ana Pop (University of Bucharest), Ion Ionescu" */
  public String speakers(ProgrammeContribution c) {
    List<String> names = new ArrayList<>();
    for (ProgrammeAuthor a : c.speakers()) {
      names.add(
          a.affiliation() == null || a.affiliation().isBlank()
              ? a.fullName()
              : a.fullName() + " (" + a.affiliation() + ")");
    }
    return String.join(", ", names);
  }

  public PublishedProgramme getProgramme() {
    return programme;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTrack() {
    return track;
  }

  public void setTrack(String track) {
    this.track = track;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  /** The track asked for; null for none or for something that is no id. */
  public Long getTrackId() {
    return id(track);
  }

  public Long getRoomId() {
    return id(room);
  }

  private static Long id(String text) {
    return text == null || !text.strip().matches("\\d{1,18}") ? null : Long.valueOf(text.strip());
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
