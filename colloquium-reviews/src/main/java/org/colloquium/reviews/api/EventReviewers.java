package org.colloquium.reviews.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Audience;
import org.colloquium.kernel.access.Visitor;

/**
 * Reviewers (and track chairs) of the event named by the address's {@code slug}. Routes under this
 * rule must carry {@code {slug}}. Organisers who do not review are not let in: the organisers'
 * pages of the review are elsewhere.
 */
@ApplicationScoped
@Admits({Audience.REVIEWER})
public class EventReviewers implements AccessRule {

  @Inject EventDirectory events;

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return events
        .findBySlug(parameters.get("slug"))
        .map(e -> events.roles(visitor.accountId(), e.id()))
        .map(EventReviewers::reviews)
        .orElse(false);
  }

  static boolean reviews(Set<EventRole> roles) {
    return roles.contains(EventRole.REVIEWER) || roles.contains(EventRole.TRACK_CHAIR);
  }
}
