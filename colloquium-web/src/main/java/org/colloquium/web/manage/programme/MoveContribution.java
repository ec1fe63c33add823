package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ContributionChange;
import org.colloquium.programme.api.ContributionView;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.SessionView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme/contributions/{contribution}: where a contribution is (session
 * and place in it) and how long, board and pin, as one form: the keyboard's way to do what a drag
 * does.
 */
@Named
@ViewScoped
public class MoveContribution implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private String contribution;
  private EditorView view;
  private ContributionView current;

  private Long sessionId;
  private String position;
  private String minutes;
  private String board;
  private boolean pinned;

  public void load() {
    if (view == null) {
      refresh();
      sessionId = current.sessionId();
      position = current.sessionId() == null ? null : Integer.toString(current.position() + 1);
      minutes = Integer.toString(current.minutes());
      board = current.board();
      pinned = current.pinned();
    }
  }

  private void refresh() {
    view = editing.editor(signedIn.accountId(), slug);
    List<ContributionView> all = new ArrayList<>(view.unscheduled());
    view.sessions().forEach(s -> all.addAll(s.contributions()));
    current =
        all.stream()
            .filter(c -> c.id().toString().equals(contribution))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("contribution " + contribution));
  }

  public void save() {
    List<Problem> problems = new ArrayList<>();
    Integer length = number(minutes, "minutes", problems);
    Integer place = number(position, "position", problems);
    if (!problems.isEmpty()) {
      feedback.show(new ValidationException(problems), "contribution");
      return;
    }
    try {
      editing.changeContribution(
          signedIn.accountId(), slug, current.id(), new ContributionChange(length, board, pinned));
      boolean moved =
          !Objects.equals(sessionId, current.sessionId())
              || (place != null && place - 1 != current.position());
      if (moved) {
        editing.placeContribution(
            signedIn.accountId(), slug, current.id(), sessionId, place == null ? null : place - 1);
      }
      Messages.addGlobalInfo("programme.contribution.saved");
      refresh();
      position = current.sessionId() == null ? null : Integer.toString(current.position() + 1);
    } catch (ValidationException e) {
      feedback.show(e, "contribution");
    }
  }

  private static Integer number(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(Problem.of(field, "programme.contribution.notANumber"));
      return null;
    }
  }

  public List<SessionView> getSessions() {
    return view.sessions().stream().filter(s -> s.kind().holdsContributions()).toList();
  }

  public EditorView getView() {
    return view;
  }

  public ContributionView getCurrent() {
    return current;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getContribution() {
    return contribution;
  }

  public void setContribution(String contribution) {
    this.contribution = contribution;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getBoard() {
    return board;
  }

  public void setBoard(String board) {
    this.board = board;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }
}
