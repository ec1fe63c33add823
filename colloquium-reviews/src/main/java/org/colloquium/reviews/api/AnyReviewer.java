package org.colloquium.reviews.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Audience;
import org.colloquium.kernel.access.Visitor;

/** Reviewers (or track chairs) of at least one event: the review area's entry. */
@ApplicationScoped
@Admits({Audience.REVIEWER})
public class AnyReviewer implements AccessRule {

  @Inject EventDirectory events;

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return !events.eventsWhere(visitor.accountId(), EventRole.REVIEWER).isEmpty()
        || !events.eventsWhere(visitor.accountId(), EventRole.TRACK_CHAIR).isEmpty();
  }
}
