package org.colloquium.programme.domain.feeds;

import java.net.URI;
import java.util.Objects;

/**
 * The public addresses of one event's programme, as the feeds print them.
 *
 * <p>The routes are those of the public site; feeds must never invent others, since calendar apps
 * and conference apps keep these links for years.
 *
 * @param baseUrl the site's address ({@code https://conf.example.org} or with a context path); a
 *     trailing slash is ignored
 * @param eventSlug the event's slug as in its addresses
 */
public record FeedLinks(URI baseUrl, String eventSlug) {

  public FeedLinks {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(eventSlug, "eventSlug");
    if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("The base URL must be absolute: " + baseUrl);
    }
    if (eventSlug.isBlank() || !eventSlug.matches("[A-Za-z0-9._~-]+")) {
      // A slug that needs escaping would make every printed address differ from the site's own.
      throw new IllegalArgumentException("Not a slug: " + eventSlug);
    }
    String text = baseUrl.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    baseUrl = URI.create(text);
  }

  /** The host UIDs and tag URIs are scoped to. */
  public String host() {
    return baseUrl.getHost();
  }

  public URI programme() {
    return at("/programme");
  }

  public URI contribution(long contributionId) {
    return at("/programme/contributions/" + contributionId);
  }

  public URI session(long sessionId) {
    return at("/programme/sessions/" + sessionId);
  }

  public URI releases() {
    return at("/programme/releases");
  }

  public URI calendar() {
    return at("/programme.ics");
  }

  public URI scheduleXml() {
    return at("/schedule.xml");
  }

  public URI scheduleJson() {
    return at("/schedule.json");
  }

  public URI releasesAtom() {
    return at("/programme/releases.atom");
  }

  private URI at(String rest) {
    return URI.create(baseUrl + "/events/" + eventSlug + rest);
  }
}
