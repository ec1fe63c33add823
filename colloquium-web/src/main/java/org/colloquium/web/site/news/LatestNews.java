package org.colloquium.web.site.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.events.api.NewsCatalogue;
import org.colloquium.events.api.NewsView;
import org.colloquium.web.i18n.LocaleSelection;

/** The home page's latest news: a few items of the site and of public events. */
@Named
@RequestScoped
public class LatestNews {

  static final int SHOWN = 5;

  @Inject NewsCatalogue catalogue;
  @Inject LocaleSelection language;

  private List<NewsView> items;

  public List<NewsView> getItems() {
    if (items == null) {
      items = catalogue.latest(SHOWN, language.current());
    }
    return items;
  }
}
