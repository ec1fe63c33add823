package org.colloquium.events.domain;

import java.util.List;
import org.colloquium.kernel.persistence.ModuleEntities;

/** The entities of events, calls, committees and materials, for the persistence unit. */
public class EventsEntities implements ModuleEntities {

  @Override
  public List<Class<?>> entities() {
    return List.of(
        Event.class,
        CallForPapers.class,
        EventMember.class,
        Invitation.class,
        Track.class,
        PresentationType.class,
        EventAttachment.class,
        MediaLink.class);
  }
}
