package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.NotificationPreview;
import org.colloquium.reviews.api.ReviewDecisions;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/reviews/notifications: every mail the pending decisions would send, as the
 * authors will read it, and one button that sends exactly these (a decision changed meanwhile stops
 * the sending and asks to look again).
 */
@Named
@ViewScoped
public class NotifyAuthors implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewDecisions decisions;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private NotificationPreview preview;

  public void load() {
    if (preview == null) {
      preview = decisions.previewNotifications(signedIn.accountId(), slug);
    }
  }

  public void send() {
    int sent;
    try {
      sent = decisions.notifyAuthors(signedIn.accountId(), slug, preview.versions());
    } catch (ValidationException e) {
      feedback.show(e, "send");
      preview = decisions.previewNotifications(signedIn.accountId(), slug);
      return;
    }
    Messages.addGlobalInfo("manage.notify.sent", sent, preview.submissions());
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/reviews/decisions", slug);
  }

  public NotificationPreview getPreview() {
    return preview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
