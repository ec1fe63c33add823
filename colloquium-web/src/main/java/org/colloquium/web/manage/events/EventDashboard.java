package org.colloquium.web.manage.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.BiConsumer;
import org.colloquium.events.api.EventEditing;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventOverview;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}: an event's state, call for papers and committee at a glance, what it still
 * lacks, and publishing, archiving or taking it back to draft. View-scoped so that the status
 * buttons, which depend on the state shown, still exist when their form is posted.
 */
@Named
@ViewScoped
public class EventDashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EventManagement management;
  @Inject EventEditing editing;
  @Inject FacesFeedback feedback;
  @Inject SignedIn signedIn;

  private String slug;
  private EventOverview overview;

  public void load() {
    overview = management.overview(signedIn.accountId(), slug);
  }

  public void publish() {
    if (change(editing::publish)) {
      Messages.addGlobalInfo("event.published");
      showAgain();
    }
  }

  public void archive() {
    if (change(editing::archive)) {
      Messages.addGlobalInfo("event.archived");
      showAgain();
    }
  }

  public void backToDraft() {
    if (change(editing::backToDraft)) {
      Messages.addGlobalInfo("event.backToDraft");
      showAgain();
    }
  }

  private boolean change(BiConsumer<Long, String> action) {
    try {
      action.accept(signedIn.accountId(), slug);
      return true;
    } catch (ValidationException e) {
      feedback.show(e, "status");
      showAgain();
    }
    return false;
  }

  /** Post-redirect-get, so that reloading the page does not repeat the change. */
  private void showAgain() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/" + slug);
  }

  public EventOverview getOverview() {
    return overview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
