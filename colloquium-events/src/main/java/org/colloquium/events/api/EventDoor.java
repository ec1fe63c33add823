package org.colloquium.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Audience;
import org.colloquium.kernel.access.Visitor;

/**
 * The door of the event named by the address's {@code slug}: its organisers, its door helpers
 * ({@link EventRole#DOOR}) and platform administrators. Routes under this rule must carry {@code
 * {slug}}.
 */
@ApplicationScoped
@Admits({Audience.ORGANISER, Audience.ADMINISTRATOR})
public class EventDoor implements AccessRule {

  @Inject EventManagement events;

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return events.canCheckIn(visitor.accountId(), parameters.get("slug"));
  }
}
