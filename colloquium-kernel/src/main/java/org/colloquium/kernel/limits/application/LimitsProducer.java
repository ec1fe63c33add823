package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.limits.domain.Limits;

/** The site's limits, with the operator's numbers from {@link Settings}. */
@ApplicationScoped
class LimitsProducer {

  @Inject Settings settings;

  @Produces
  Limits limits() {
    return new Limits(settings.limits());
  }
}
