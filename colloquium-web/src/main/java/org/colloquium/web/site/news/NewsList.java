package org.colloquium.web.site.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.events.api.NewsCatalogue;
import org.colloquium.events.api.NewsListing;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.config.Settings;
import org.colloquium.web.i18n.LocaleSelection;

/**
 * /news and /events/{slug}/news: public news, the latest first, ten to a page ({@code ?page=2}). An
 * unknown or draft event answers 404.
 */
@Named
@RequestScoped
public class NewsList {

  @Inject NewsCatalogue catalogue;
  @Inject LocaleSelection language;
  @Inject Settings settings;

  private String slug;
  private Integer page;
  private NewsListing listing;

  public void load() {
    int p = page == null || page < 1 ? 1 : page;
    if (slug == null) {
      listing = catalogue.all(p, language.current());
    } else {
      listing =
          catalogue
              .ofEvent(slug, p, language.current())
              .orElseThrow(() -> new NotFoundException("news of " + slug));
    }
  }

  public NewsListing getListing() {
    return listing;
  }

  /** This list's address, without the page. */
  public String getPath() {
    return slug == null ? "/news" : "/events/" + slug + "/news";
  }

  public String getFeedPath() {
    return slug == null ? "/feeds/news.atom" : "/events/" + slug + "/news.atom";
  }

  public String getUrl() {
    return settings.baseUrl() + getPath();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
