package org.colloquium.web.site.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.events.api.NewsCatalogue;
import org.colloquium.events.api.NewsView;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.config.Settings;
import org.colloquium.web.i18n.LocaleSelection;

/**
 * /news/{item} and /events/{slug}/news/{entry}: one public news item in the visitor's language, or
 * its own. Drafts, scheduled items and items of draft events answer 404.
 */
@Named
@RequestScoped
public class NewsItemPage {

  @Inject NewsCatalogue catalogue;
  @Inject LocaleSelection language;
  @Inject Settings settings;

  private String slug;
  private String item;
  private NewsView news;

  public void load() {
    news =
        (slug == null
                ? catalogue.siteItem(item, language.current())
                : catalogue.eventItem(slug, item, language.current()))
            .orElseThrow(() -> new NotFoundException("news " + item));
  }

  public NewsView getNews() {
    return news;
  }

  public String getUrl() {
    return news == null ? "" : settings.baseUrl() + news.path();
  }

  public String getListPath() {
    return slug == null ? "/news" : "/events/" + slug + "/news";
  }

  public String getFeedPath() {
    return slug == null ? "/feeds/news.atom" : "/events/" + slug + "/news.atom";
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
}
