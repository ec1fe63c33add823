package org.colloquium.web.manage.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import org.colloquium.events.api.NewsDraft;
import org.colloquium.events.api.NewsEdit;
import org.colloquium.events.api.NewsManagement;
import org.colloquium.events.api.NewsRow;
import org.colloquium.events.api.NewsState;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The news form: a new item (no {@code item}) or an existing one, of an event ({@code slug}) or of
 * the site. Keeps the version it read, so a save over someone else's newer save gets a conflict
 * message instead of overwriting it, and keeps what was typed.
 */
@Named
@ViewScoped
public class NewsEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NewsManagement management;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private String item;
  private boolean loaded;
  private int version;
  private NewsState state;
  private ZoneId zone;

  private String newSlug;
  private Language primaryLanguage = Language.EN;
  private String titleEn;
  private String bodyEn;
  private String titleRo;
  private String bodyRo;
  private String publishAt;

  public void load() {
    if (loaded) {
      return;
    }
    zone = management.zone(signedIn.accountId(), slug);
    if (item != null) {
      NewsEdit edit = management.edit(signedIn.accountId(), slug, item);
      version = edit.version();
      state = edit.state();
      NewsDraft d = edit.draft();
      primaryLanguage = d.primaryLanguage();
      titleEn = d.titleEn();
      bodyEn = d.bodyEn();
      titleRo = d.titleRo();
      bodyRo = d.bodyRo();
      publishAt = d.publishAt();
    }
    loaded = true;
  }

  public void save() {
    NewsDraft draft =
        new NewsDraft(newSlug, primaryLanguage, titleEn, bodyEn, titleRo, bodyRo, publishAt);
    try {
      NewsRow row =
          item == null
              ? management.create(signedIn.accountId(), slug, draft)
              : management.update(signedIn.accountId(), slug, item, version, draft);
      Messages.addGlobalInfo("news.saved", row.title());
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect(slug == null ? "admin/news" : "manage/events/" + slug + "/news");
    } catch (ValidationException e) {
      feedback.show(e, "news");
    } catch (NotFoundException e) {
      Messages.addGlobalError("news.gone");
    }
  }

  public boolean isCreating() {
    return item == null;
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public NewsState getState() {
    return state;
  }

  public ZoneId getZone() {
    return zone;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public Language getPrimaryLanguage() {
    return primaryLanguage;
  }

  public void setPrimaryLanguage(Language primaryLanguage) {
    this.primaryLanguage = primaryLanguage;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getTitleRo() {
    return titleRo;
  }

  public void setTitleRo(String titleRo) {
    this.titleRo = titleRo;
  }

  public String getBodyRo() {
    return bodyRo;
  }

  public void setBodyRo(String bodyRo) {
    this.bodyRo = bodyRo;
  }

  public String getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(String publishAt) {
    this.publishAt = publishAt;
  }
}
