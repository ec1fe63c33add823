package org.colloquium.web.manage.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.colloquium.events.api.NewsManagement;
import org.colloquium.events.api.NewsRow;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * The list of news at /manage/events/{slug}/news (an event's) and /admin/news (the site's, slug
 * absent), with each item's state and the buttons to publish it now or take it back.
 */
@Named
@ViewScoped
public class NewsDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NewsManagement management;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private List<NewsRow> rows;

  public void load() {
    if (rows != null) {
      return;
    }
    rows = management.list(signedIn.accountId(), slug);
  }

  public void publishNow(String item) {
    try {
      NewsRow row = management.publishNow(signedIn.accountId(), slug, item);
      Messages.addGlobalInfo("news.published", row.title());
    } catch (ValidationException e) {
      feedback.show(e, "items");
    } catch (NotFoundException e) {
      Messages.addGlobalError("news.gone");
    }
    rows = management.list(signedIn.accountId(), slug);
  }

  public void unpublish(String item) {
    try {
      NewsRow row = management.unpublish(signedIn.accountId(), slug, item);
      Messages.addGlobalInfo("news.unpublished", row.title());
    } catch (ValidationException e) {
      feedback.show(e, "items");
    } catch (NotFoundException e) {
      Messages.addGlobalError("news.gone");
    }
    rows = management.list(signedIn.accountId(), slug);
  }

  public List<NewsRow> getRows() {
    return rows;
  }

  /** Where an item is edited. */
  public String editPath(String item) {
    return (slug == null ? "/admin/news/" : "/manage/events/" + slug + "/news/") + item;
  }

  /** Where a published item is read. */
  public String publicPath(String item) {
    return (slug == null ? "/news/" : "/events/" + slug + "/news/") + item;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
