package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.programme.api.FeedFormat;
import org.colloquium.programme.api.ProgrammeFeeds;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.programme.api.ReleaseSummary;
import org.colloquium.programme.domain.feeds.CalendarFeed;
import org.colloquium.programme.domain.feeds.FeedLinks;
import org.colloquium.programme.domain.feeds.FrabSchedule;
import org.colloquium.programme.domain.feeds.ReleaseFeed;

/**
 * Writes the feeds from the parsed release that {@link PublishedProgrammes} keeps. Not
 * transactional itself: the release is read in that service's transaction, and writing to a slow
 * client then holds no connection.
 */
@ApplicationScoped
public class DefaultProgrammeFeeds implements ProgrammeFeeds {

  @Inject PublishedProgrammes programmes;

  @Override
  public boolean write(
      String slug, Long viewerId, FeedFormat format, String baseUrl, OutputStream out)
      throws IOException {
    Optional<PublishedProgramme> current = programmes.current(slug, viewerId);
    if (current.isEmpty()) {
      return false;
    }
    PublishedProgramme programme = current.get();
    FeedLinks links = new FeedLinks(URI.create(baseUrl), programme.event().slug());
    switch (format) {
      case ICALENDAR -> new CalendarFeed(links).writeProgramme(programme, out);
      case FRAB_XML -> new FrabSchedule(links).writeXml(programme, out);
      case FRAB_JSON -> new FrabSchedule(links).writeJson(programme, out);
      case RELEASES_ATOM -> {
        List<ReleaseSummary> releases = programmes.releases(slug, viewerId);
        new ReleaseFeed(links).write(programme.event(), releases, out);
      }
    }
    return true;
  }

  @Override
  public boolean writeAgenda(
      String slug, Long viewerId, Set<Long> contributionIds, String baseUrl, OutputStream out)
      throws IOException {
    Optional<PublishedProgramme> current = programmes.current(slug, viewerId);
    if (current.isEmpty()) {
      return false;
    }
    PublishedProgramme programme = current.get();
    new CalendarFeed(new FeedLinks(URI.create(baseUrl), programme.event().slug()))
        .writeAgenda(programme, contributionIds, out);
    return true;
  }
}
