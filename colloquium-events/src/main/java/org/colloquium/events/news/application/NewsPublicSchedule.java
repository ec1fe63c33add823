package org.colloquium.events.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.events.news.domain.NewsRepository;
import org.colloquium.kernel.publicpages.PublicPageSchedule;

/** When the public news pages change by themselves: a scheduled news item becomes visible. */
@ApplicationScoped
@Transactional
public class NewsPublicSchedule implements PublicPageSchedule {

  @Inject NewsRepository news;

  @Override
  public Optional<Instant> nextChangeAfter(Instant now) {
    return news.firstPublicationAfter(now);
  }
}
