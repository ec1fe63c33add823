package org.colloquium.programme.domain;

import java.util.List;
import org.colloquium.kernel.persistence.ModuleEntities;

/** The entities of the programme module, for the persistence unit. */
public class ProgrammeEntities implements ModuleEntities {

  @Override
  public List<Class<?>> entities() {
    return List.of(
        Room.class,
        TimetableSession.class,
        Contribution.class,
        Unavailability.class,
        Release.class,
        WarningSeverityChoice.class,
        DraftRun.class,
        UndoStep.class,
        AgendaStar.class,
        PublicationChoice.class,
        PreferredDays.class);
  }
}
