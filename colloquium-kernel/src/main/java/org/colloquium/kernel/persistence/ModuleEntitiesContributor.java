package org.colloquium.kernel.persistence;

import java.util.ServiceLoader;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;

/**
 * Adds every module's entities ({@link ModuleEntities}) to the persistence unit while Hibernate
 * builds it. Hibernate finds this class as a Java service of the kernel's jar; the modules are
 * found with the kernel's class loader, which sees every jar of the EAR's lib folder.
 */
public class ModuleEntitiesContributor implements AdditionalMappingContributor {

  @Override
  public String getContributorName() {
    return "colloquium-modules";
  }

  @Override
  public void contribute(
      AdditionalMappingContributions contributions,
      InFlightMetadataCollector metadata,
      ResourceStreamLocator resourceStreamLocator,
      MetadataBuildingContext buildingContext) {
    for (ModuleEntities module :
        ServiceLoader.load(ModuleEntities.class, ModuleEntities.class.getClassLoader())) {
      module.entities().forEach(contributions::contributeEntity);
    }
  }
}
