package org.colloquium.registration.domain;

import java.util.List;
import org.colloquium.kernel.persistence.ModuleEntities;

/** The entities of the registration module, for the persistence unit. */
public class RegistrationEntities implements ModuleEntities {

  @Override
  public List<Class<?>> entities() {
    return List.of(
        RegistrationSettings.class,
        RegistrationQuota.class,
        RegistrationField.class,
        RegistrationFieldChoice.class,
        Registration.class,
        RegistrationHistory.class,
        RegistrationJoin.class,
        RegistrationRequest.class,
        TicketKey.class,
        RegistrationMailing.class,
        ConsentRecord.class,
        Certificate.class);
  }
}
