package org.colloquium.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Audience;
import org.colloquium.kernel.access.Visitor;

/**
 * Organisers of the event named by the address's {@code slug}, and platform administrators. Routes
 * under this rule must carry {@code {slug}}.
 */
@ApplicationScoped
@Admits({Audience.ORGANISER, Audience.ADMINISTRATOR})
public class EventOrganisers implements AccessRule {

  @Inject EventManagement events;

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return events.canManage(visitor.accountId(), parameters.get("slug"));
  }
}
