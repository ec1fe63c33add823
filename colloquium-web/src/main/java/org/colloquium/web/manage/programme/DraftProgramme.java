package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.DraftRunView;
import org.colloquium.programme.api.ProgrammeDrafts;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme/draft: asks for an automatic draft, follows it while it runs (the
 * status region is refreshed every two seconds and announced politely), and applies or discards
 * what it proposes.
 */
@Named
@ViewScoped
public class DraftProgramme implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeDrafts drafts;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private DraftRunView latest;
  private String seconds = "30";

  public void load() {
    refresh();
  }

  public void refresh() {
    latest = drafts.latest(signedIn.accountId(), slug).orElse(null);
  }

  public void request() {
    int limit;
    try {
      limit = Integer.parseInt(seconds.strip());
    } catch (RuntimeException e) {
      feedback.show(
          new ValidationException(Problem.of("seconds", "programme.draft.seconds.range", 1, 600)),
          "draft");
      return;
    }
    try {
      drafts.request(signedIn.accountId(), slug, limit);
      Messages.addGlobalInfo("programme.draft.requested");
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "draft");
    }
  }

  public void apply() {
    int placed = drafts.apply(signedIn.accountId(), slug, latest.id());
    Messages.addGlobalInfo("programme.draft.applied", placed);
    refresh();
  }

  public void discard() {
    drafts.discard(signedIn.accountId(), slug, latest.id());
    Messages.addGlobalInfo("programme.draft.discarded");
    refresh();
  }

  public boolean isBusy() {
    return latest != null && latest.state().busy();
  }

  public DraftRunView getLatest() {
    return latest;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSeconds() {
    return seconds;
  }

  public void setSeconds(String seconds) {
    this.seconds = seconds;
  }
}
