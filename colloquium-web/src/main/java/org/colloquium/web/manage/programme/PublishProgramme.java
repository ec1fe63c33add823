package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.ProgrammePublishing;
import org.colloquium.programme.api.PublishPreview;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme/publish: what the next release would change, what blocks it, and
 * the changelog to publish it with (generated, then the organiser's to edit). A warning that became
 * blocking meanwhile is refused by the service and shown by the page's exception handler, with the
 * changelog kept as typed.
 */
@Named
@ViewScoped
public class PublishProgramme implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammePublishing publishing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private PublishPreview preview;
  private String changelog;
  private Integer published;

  public void load() {
    if (preview == null) {
      refresh();
      changelog = String.join("\n", preview.changes());
    }
  }

  private void refresh() {
    preview = publishing.preview(signedIn.accountId(), slug);
  }

  public void publish() {
    try {
      published = publishing.publish(signedIn.accountId(), slug, changelog);
      Messages.addGlobalInfo("programme.publish.done", published);
      refresh();
      changelog = "";
    } catch (ValidationException e) {
      feedback.show(e, "publish");
    }
  }

  public PublishPreview getPreview() {
    return preview;
  }

  public Integer getPublished() {
    return published;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getChangelog() {
    return changelog;
  }

  public void setChangelog(String changelog) {
    this.changelog = changelog;
  }
}
