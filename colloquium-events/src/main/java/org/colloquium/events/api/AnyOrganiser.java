package org.colloquium.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Audience;
import org.colloquium.kernel.access.Visitor;

/** Organisers of at least one event, and platform administrators: the management area's entry. */
@ApplicationScoped
@Admits({Audience.ORGANISER, Audience.ADMINISTRATOR})
public class AnyOrganiser implements AccessRule {

  @Inject EventManagement events;

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return events.managesAnyEvent(visitor.accountId());
  }
}
