package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.colloquium.kernel.text.Folding;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ContributionView;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.RoomView;
import org.colloquium.programme.api.SessionView;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme: the work-in-progress programme as a grid per day (rooms as
 * columns, start times as rows), the contributions in no session with a form each to place them,
 * the warnings with links to what to fix, and the severity of each kind of warning.
 */
@Named
@ViewScoped
public class ProgrammeEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private EditorView view;

  /**
   * Per unscheduled contribution, the session chosen in its row's form. Strings, because EL writes
   * a map's values untyped.
   */
  private final Map<Long, String> targets = new HashMap<>();

  /** Per kind's name, the severity's name chosen in the form (strings for the same reason). */
  private final Map<String, String> severities = new HashMap<>();

  private String filterTrack;
  private String filterWords;

  public void load() {
    if (view == null) {
      refresh();
    }
  }

  void refresh() {
    view = editing.editor(signedIn.accountId(), slug);
    severities.clear();
    view.severities().forEach((kind, severity) -> severities.put(kind.name(), severity.name()));
    targets.clear();
  }

  public void addContributions() {
    int made = editing.addPresentedContributions(signedIn.accountId(), slug);
    Messages.addGlobalInfo("programme.contributions.made", made);
    refresh();
  }

  public void place(ContributionView contribution) {
    String chosen = targets.get(contribution.id());
    Long session = chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen);
    try {
      editing.placeContribution(signedIn.accountId(), slug, contribution.id(), session, null);
      Messages.addGlobalInfo("programme.contribution.placed", contribution.title());
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "unscheduled");
    }
  }

  /** The filter form of the unscheduled list: the choices stay in the view until changed. */
  public void filter() {
    // Nothing to do: the list reads the filter fields the form just set.
  }

  /** The unscheduled contributions that match the filter (track; words without diacritics). */
  public List<ContributionView> getUnscheduled() {
    Long track = parseLong(filterTrack);
    String[] words = Folding.comparable(filterWords == null ? "" : filterWords).split("\\s+");
    return view.unscheduled().stream()
        .filter(c -> track == null || track.equals(c.trackId()))
        .filter(
            c -> {
              String text =
                  Folding.comparable(c.title() + " " + c.speakers() + " " + c.submissionNumber());
              return Arrays.stream(words).allMatch(w -> w.isEmpty() || text.contains(w));
            })
        .toList();
  }

  private static Long parseLong(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getFilterTrack() {
    return filterTrack;
  }

  public void setFilterTrack(String filterTrack) {
    this.filterTrack = filterTrack;
  }

  public String getFilterWords() {
    return filterWords;
  }

  public void setFilterWords(String filterWords) {
    this.filterWords = filterWords;
  }

  public void saveSeverities() {
    for (WarningKind kind : WarningKind.values()) {
      Severity chosen = Severity.valueOf(severities.get(kind.name()));
      if (chosen != view.severities().get(kind)) {
        editing.chooseSeverity(signedIn.accountId(), slug, kind, chosen);
      }
    }
    Messages.addGlobalInfo("programme.severities.saved");
    refresh();
  }

  /** One day of the grid: its rows (start times) and, per row and room, the sessions there. */
  public record DayGrid(LocalDate day, List<Row> rows) implements Serializable {}

  /**
   * The sessions that start at one time: everywhere (a break without a room) or per room, in the
   * rooms' order.
   */
  public record Row(Instant start, List<SessionView> everywhere, List<List<SessionView>> byRoom)
      implements Serializable {}

  public List<DayGrid> getDays() {
    List<DayGrid> days = new ArrayList<>();
    for (LocalDate day : view.days()) {
      List<SessionView> ofDay =
          view.sessions().stream()
              .filter(s -> s.start().atZone(view.zone()).toLocalDate().equals(day))
              .toList();
      TreeSet<Instant> starts = new TreeSet<>();
      ofDay.forEach(s -> starts.add(s.start()));
      List<Row> rows = new ArrayList<>();
      for (Instant start : starts) {
        List<SessionView> at = ofDay.stream().filter(s -> s.start().equals(start)).toList();
        List<List<SessionView>> byRoom = new ArrayList<>();
        for (RoomView room : view.rooms()) {
          byRoom.add(at.stream().filter(s -> room.id().equals(s.roomId())).toList());
        }
        rows.add(new Row(start, at.stream().filter(s -> s.roomId() == null).toList(), byRoom));
      }
      days.add(new DayGrid(day, rows));
    }
    return days;
  }

  /** Sessions that take contributions, for the place forms: "Thu 09:00 · Aula · Title". */
  public List<SessionView> getSessionsTakingContributions() {
    return view.sessions().stream().filter(s -> s.kind().holdsContributions()).toList();
  }

  public long countBlocking() {
    return view.warnings().stream().filter(w -> w.blocks()).count();
  }

  public WarningKind[] getWarningKinds() {
    return WarningKind.values();
  }

  public Severity[] getSeverityValues() {
    return Severity.values();
  }

  public Map<String, String> getSeverities() {
    return severities;
  }

  public Map<Long, String> getTargets() {
    return targets;
  }

  public EditorView getView() {
    return view;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
