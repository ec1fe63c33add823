package org.colloquium.kernel.publicpages;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The persistence unit's default entity listener (META-INF/orm.xml): a written {@link
 * PublicContent} entity moves the public content version. Being a default listener, it sees every
 * write of every module, so a new page's data cannot be forgotten by a service that changes it.
 */
public class PublicContentListener {

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object entity) {
    if (entity.getClass().isAnnotationPresent(PublicContent.class)) {
      CDI.current().select(PublicContentVersion.class).get().changedInThisTransaction();
    }
  }
}
