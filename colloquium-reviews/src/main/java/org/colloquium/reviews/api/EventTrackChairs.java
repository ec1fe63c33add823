package org.colloquium.reviews.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Visitor;

/**
 * Committee members who chair a track of the event named by the address's {@code slug}. Routes
 * under this rule must carry {@code {slug}}. Nobody of the demo cast chairs the annual conference's
 * tracks, so the permission walk expects everyone refused.
 */
@ApplicationScoped
@Admits({})
public class EventTrackChairs implements AccessRule {

  @Inject EventDirectory events;

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return events
        .findBySlug(parameters.get("slug"))
        .map(
            e ->
                !events.roles(visitor.accountId(), e.id()).isEmpty()
                    && !events.chairedTracks(e.id(), visitor.accountId()).isEmpty())
        .orElse(false);
  }
}
