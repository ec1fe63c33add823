package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ContributionView;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.SessionInput;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.api.SessionView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.TypedTime;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme/sessions/{session} ("new" for a new one): a session's form, and
 * its contributions in order with keyboard moves (up, down, out) and a choice of the unscheduled
 * ones to add — everything a drag in the grid does, without a mouse.
 */
@Named
@ViewScoped
public class EditSession implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String NEW = "new";

  @Inject ProgrammeEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private String session;
  private EditorView view;
  private SessionView current;
  private final SessionForm form = new SessionForm();
  private String added;

  public void load() {
    if (view != null) {
      return;
    }
    refresh();
    if (!NEW.equals(session)) {
      form.fill(current, view.zone());
    } else {
      form.day = view.days().get(0).toString();
    }
  }

  private void refresh() {
    view = editing.editor(signedIn.accountId(), slug);
    if (!NEW.equals(session)) {
      current =
          view.sessions().stream()
              .filter(s -> s.id().toString().equals(session))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("session " + session));
    }
  }

  public void save() {
    SessionInput input;
    try {
      input = form.input();
    } catch (ValidationException e) {
      feedback.show(e, "session");
      return;
    }
    try {
      if (current == null) {
        Long id = editing.addSession(signedIn.accountId(), slug, input);
        Messages.addFlashGlobalInfo("programme.session.added", input.title().strip());
        Faces.redirect("manage/events/%s/programme/sessions/%s", slug, id.toString());
      } else {
        editing.changeSession(signedIn.accountId(), slug, current.id(), input);
        Messages.addGlobalInfo("programme.session.saved");
        refresh();
      }
    } catch (ValidationException e) {
      feedback.show(e, "session");
    }
  }

  public void remove() {
    editing.removeSession(signedIn.accountId(), slug, current.id());
    Messages.addFlashGlobalInfo("programme.session.removed", current.title());
    Faces.redirect("manage/events/%s/programme", slug);
  }

  public void move(ContributionView contribution, int delta) {
    int at = Math.max(0, current.contributions().indexOf(contribution) + delta);
    editing.placeContribution(signedIn.accountId(), slug, contribution.id(), current.id(), at);
    refresh();
  }

  public void takeOut(ContributionView contribution) {
    editing.placeContribution(signedIn.accountId(), slug, contribution.id(), null, null);
    Messages.addGlobalInfo("programme.contribution.unscheduled", contribution.title());
    refresh();
  }

  public void add() {
    if (added == null || added.isBlank()) {
      feedback.show(
          new ValidationException(
              Problem.of("contribution", "programme.session.chooseContribution")),
          "add");
      return;
    }
    try {
      editing.placeContribution(
          signedIn.accountId(), slug, Long.valueOf(added), current.id(), null);
      added = null;
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "add");
    }
  }

  public List<ContributionView> getUnscheduled() {
    return view.unscheduled();
  }

  public SessionKind[] getKinds() {
    return SessionKind.values();
  }

  public List<LocalDate> getDays() {
    return view.days();
  }

  public boolean isNew() {
    return current == null;
  }

  public SessionView getCurrent() {
    return current;
  }

  public EditorView getView() {
    return view;
  }

  public SessionForm getForm() {
    return form;
  }

  public String getAdded() {
    return added;
  }

  public void setAdded(String added) {
    this.added = added;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  /** The form's fields as typed: times and numbers stay text so a typo comes back as typed. */
  public static class SessionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private SessionKind kind = SessionKind.SESSION;
    private String title;
    private String titleSecond;
    private String description;
    private Long roomId;
    private String day;
    private String start;
    private String end;
    private Long trackId;
    private String language;
    private String audience;
    private boolean pinned;
    private String chairs;

    void fill(SessionView s, java.time.ZoneId zone) {
      kind = s.kind();
      title = s.title();
      titleSecond = s.titleSecond();
      description = s.description();
      roomId = s.roomId();
      day = s.start().atZone(zone).toLocalDate().toString();
      start = s.start().atZone(zone).toLocalTime().toString();
      end = s.end().atZone(zone).toLocalTime().toString();
      trackId = s.trackId();
      language = s.language();
      audience = s.audience() == null ? null : s.audience().toString();
      pinned = s.pinned();
      chairs = s.chairs();
    }

    SessionInput input() {
      List<Problem> problems = new ArrayList<>();
      LocalTime from = TypedTime.parse(start, "start", problems);
      LocalTime to = TypedTime.parse(end, "end", problems);
      Integer people = null;
      if (audience != null && !audience.isBlank()) {
        try {
          people = Integer.valueOf(audience.strip());
        } catch (NumberFormatException e) {
          problems.add(Problem.of("audience", "programme.session.audience.notANumber"));
        }
      }
      ValidationException.throwIfAny(problems);
      return new SessionInput(
          kind,
          title,
          titleSecond,
          description,
          roomId,
          day == null || day.isBlank() ? null : LocalDate.parse(day),
          from,
          to,
          trackId,
          language,
          people,
          pinned,
          chairs);
    }

    public SessionKind getKind() {
      return kind;
    }

    public void setKind(SessionKind kind) {
      this.kind = kind;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getTitleSecond() {
      return titleSecond;
    }

    public void setTitleSecond(String titleSecond) {
      this.titleSecond = titleSecond;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public Long getRoomId() {
      return roomId;
    }

    public void setRoomId(Long roomId) {
      this.roomId = roomId;
    }

    public String getDay() {
      return day;
    }

    public void setDay(String day) {
      this.day = day;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }

    public Long getTrackId() {
      return trackId;
    }

    public void setTrackId(Long trackId) {
      this.trackId = trackId;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public String getAudience() {
      return audience;
    }

    public void setAudience(String audience) {
      this.audience = audience;
    }

    public boolean isPinned() {
      return pinned;
    }

    public void setPinned(boolean pinned) {
      this.pinned = pinned;
    }

    public String getChairs() {
      return chairs;
    }

    public void setChairs(String chairs) {
      this.chairs = chairs;
    }
  }
}
