package org.colloquium.web.manage.programme;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ContributionView;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.RoomView;
import org.colloquium.programme.api.SessionView;
import org.colloquium.programme.api.UndoableChange;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.Formats;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The drag-and-drop board of /manage/events/{slug}/programme: one day, rooms as columns, sessions
 * moved between rooms and times and resized by dragging, unscheduled contributions dropped onto a
 * session, and undo of the last changes. The calendar widget is PrimeFaces' schedule (FullCalendar)
 * with the rooms laid out as days (see {@link BoardCoordinates}). Every move has its keyboard twin
 * in the forms of the same page, which the board's changes keep in step.
 */
@Named
@ViewScoped
public class ProgrammeBoard implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SESSION = "session-";

  @Inject ProgrammeEditor editor;
  @Inject ProgrammeEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject Formats formats;

  private LocalDate day;
  private transient ScheduleModel model;

  private EditorView view() {
    return editor.getView();
  }

  public LocalDate getDay() {
    List<LocalDate> days = view().days();
    if (day == null || !days.contains(day)) {
      day = days.isEmpty() ? null : days.get(0);
    }
    return day;
  }

  public void show(LocalDate chosen) {
    day = chosen;
    model = null;
  }

  BoardCoordinates coordinates() {
    return new BoardCoordinates(getDay(), view().zone(), Math.max(1, view().rooms().size()));
  }

  /** The sessions of the chosen day as the widget's events. */
  public ScheduleModel getModel() {
    if (model == null) {
      model = build();
    }
    return model;
  }

  private ScheduleModel build() {
    DefaultScheduleModel built = new DefaultScheduleModel();
    if (getDay() == null) {
      return built;
    }
    BoardCoordinates board = coordinates();
    List<RoomView> rooms = view().rooms();
    Map<Long, Integer> columnOf =
        rooms.stream().collect(Collectors.toMap(RoomView::id, r -> rooms.indexOf(r)));
    for (SessionView s : sessionsOfDay()) {
      if (s.roomId() != null && columnOf.containsKey(s.roomId())) {
        built.addEvent(event(s, SESSION + s.id(), columnOf.get(s.roomId()), board, true));
      } else {
        // A break for everyone shows in every room; it is moved by its form, not dragged.
        for (int column = 0; column < board.columns(); column++) {
          built.addEvent(event(s, "all-" + s.id() + "-" + column, column, board, false));
        }
      }
    }
    return built;
  }

  private DefaultScheduleEvent<Long> event(
      SessionView s, String id, int column, BoardCoordinates board, boolean editable) {
    DefaultScheduleEvent<Long> e = new DefaultScheduleEvent<>();
    e.setId(id);
    e.setData(s.id());
    e.setTitle(
        formats.time(s.start(), view().zone())
            + "–"
            + formats.time(s.end(), view().zone())
            + " "
            + s.title());
    e.setStartDate(board.at(column, s.start()));
    e.setEndDate(board.at(column, s.end()));
    e.setEditable(editable);
    // A session may be dropped on another: the double booking is then a warning to fix, as with
    // the forms, not a move the board silently refuses.
    e.setOverlapAllowed(true);
    e.setDescription(
        s.contributions().stream()
            .map(
                c ->
                    (c.start() == null ? "" : formats.time(c.start(), view().zone()) + " ")
                        + c.title()
                        + (c.speakers() == null || c.speakers().isBlank()
                            ? ""
                            : " — " + c.speakers()))
            .collect(Collectors.joining("\n")));
    e.setStyleClass(
        "board-session board-"
            + s.kind().name().toLowerCase()
            + (s.overrunMinutes() > 0 ? " board-overrun" : ""));
    e.setUrl(null);
    return e;
  }

  private List<SessionView> sessionsOfDay() {
    return view().sessions().stream()
        .filter(s -> s.start().atZone(view().zone()).toLocalDate().equals(getDay()))
        .toList();
  }

  /** A session dragged to another room or time. */
  public void onMove(ScheduleEntryMoveEvent moved) {
    Optional<SessionView> session = session(moved.getScheduleEvent().getId());
    if (session.isEmpty()) {
      return;
    }
    SessionView s = session.get();
    int column = columnOf(s) + moved.getDayDelta();
    List<RoomView> rooms = view().rooms();
    if (column < 0 || column >= rooms.size()) {
      Messages.addGlobalError("programme.board.outsideRooms");
      reload();
      return;
    }
    long minutes = moved.getMinuteDelta();
    change(
        s,
        rooms.get(column).id(),
        s.start().plusSeconds(minutes * 60),
        s.end().plusSeconds(minutes * 60));
  }

  /** A session's start or end dragged: its length changes. */
  public void onResize(ScheduleEntryResizeEvent resized) {
    Optional<SessionView> session = session(resized.getScheduleEvent().getId());
    if (session.isEmpty()) {
      return;
    }
    SessionView s = session.get();
    change(
        s,
        s.roomId(),
        s.start().plusSeconds(resized.getMinuteDeltaStart() * 60L),
        s.end().plusSeconds(resized.getMinuteDeltaEnd() * 60L));
  }

  private void change(SessionView s, Long roomId, Instant start, Instant end) {
    try {
      editing.moveSession(signedIn.accountId(), editor.getSlug(), s.id(), roomId, start, end);
      Messages.addGlobalInfo("programme.board.moved", s.title());
    } catch (ValidationException e) {
      feedback.show(e, "board");
    }
    reload();
  }

  /**
   * An unscheduled contribution dropped on the board: it goes last into the session that holds
   * contributions in that room at that time. Request parameters, as the widget's drop callback
   * sends them: {@code contribution} and {@code at} (the widget's ISO time).
   */
  public void drop() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Long contributionId = parseId(params.get("contribution"));
    LocalDateTime at = parseTime(params.get("at"));
    Optional<ContributionView> contribution =
        view().unscheduled().stream().filter(c -> c.id().equals(contributionId)).findFirst();
    if (contribution.isEmpty() || at == null) {
      reload();
      return;
    }
    BoardCoordinates board = coordinates();
    int column = board.column(at);
    Instant moment = board.moment(at);
    Optional<SessionView> target =
        column < 0 || column >= view().rooms().size()
            ? Optional.empty()
            : sessionsOfDay().stream()
                .filter(s -> s.kind().holdsContributions())
                .filter(s -> view().rooms().get(column).id().equals(s.roomId()))
                .filter(s -> !moment.isBefore(s.start()) && moment.isBefore(s.end()))
                .findFirst();
    if (target.isEmpty()) {
      Messages.addGlobalError("programme.board.dropOnSession", contribution.get().title());
    } else {
      try {
        editing.placeContribution(
            signedIn.accountId(), editor.getSlug(), contributionId, target.get().id(), null);
        Messages.addGlobalInfo(
            "programme.board.placed", contribution.get().title(), target.get().title());
      } catch (ValidationException e) {
        feedback.show(e, "board");
      }
    }
    reload();
  }

  /** Puts back the newest change that can be undone. */
  public void undo() {
    UndoableChange undone = editing.undo(signedIn.accountId(), editor.getSlug());
    if (undone == null) {
      Messages.addGlobalInfo("programme.undo.nothing");
    } else {
      Messages.addGlobalInfo("programme.undo.done", undone.what());
    }
    reload();
  }

  private void reload() {
    editor.refresh();
    model = null;
  }

  private Optional<SessionView> session(String eventId) {
    if (eventId == null || !eventId.startsWith(SESSION)) {
      return Optional.empty();
    }
    Long id = parseId(eventId.substring(SESSION.length()));
    return view().sessions().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  private int columnOf(SessionView s) {
    List<RoomView> rooms = view().rooms();
    for (int i = 0; i < rooms.size(); i++) {
      if (rooms.get(i).id().equals(s.roomId())) {
        return i;
      }
    }
    return -1;
  }

  private static Long parseId(String text) {
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The widget runs in UTC, so its ISO times are the wall-clock times it shows. */
  private static LocalDateTime parseTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip())
          .withOffsetSameInstant(ZoneOffset.UTC)
          .toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.strip());
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  /** The board's first hour: an hour before the event's earliest session, 08:00 at the latest. */
  public String getFirstHour() {
    int first =
        view().sessions().stream()
            .mapToInt(s -> s.start().atZone(view().zone()).getHour())
            .min()
            .orElse(9);
    return String.format("%02d:00:00", Math.max(0, Math.min(8, first - 1)));
  }

  /** The board's last hour: after the event's latest session ends, 19:00 at the earliest. */
  public String getLastHour() {
    int last =
        view().sessions().stream()
            .filter(
                s ->
                    s.end()
                        .atZone(view().zone())
                        .toLocalDate()
                        .equals(s.start().atZone(view().zone()).toLocalDate()))
            .mapToInt(s -> s.end().atZone(view().zone()).getHour() + 1)
            .max()
            .orElse(18);
    return String.format("%02d:00:00", Math.min(24, Math.max(19, last + 1)));
  }

  /** The widget's first day: the chosen day, which is the first room's column. */
  public String getInitialDate() {
    return getDay() == null ? null : getDay().toString();
  }

  /** Room names by column, for the widget's column headers. */
  public String getColumnNames() {
    return view().rooms().stream()
        .map(RoomView::name)
        .map(n -> n.replace("|", "/"))
        .collect(Collectors.joining("|"));
  }
}
