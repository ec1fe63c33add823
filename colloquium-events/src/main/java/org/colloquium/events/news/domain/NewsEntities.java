package org.colloquium.events.news.domain;

import java.util.List;
import org.colloquium.kernel.persistence.ModuleEntities;

/** The entities of news, for the persistence unit. */
public class NewsEntities implements ModuleEntities {

  @Override
  public List<Class<?>> entities() {
    return List.of(NewsItem.class);
  }
}
