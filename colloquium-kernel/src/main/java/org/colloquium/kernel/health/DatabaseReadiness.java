package org.colloquium.kernel.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.sql.DataSource;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers within two seconds: a node cut off from PostgreSQL can
 * serve nothing but errors, so it is taken out of the balancer. Deliberately not a liveness check:
 * a slow or restarting database must not make Kubernetes restart every node at once (WildFly's own
 * liveness stays the only one). Says nothing about the database but whether it answered.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "colloquium-database";

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    // The constructor, not the builder: the builder needs the server's provider, unit tests have
    // none.
    return new HealthCheckResponse(
        NAME,
        DatabaseCheck.answers(dataSource)
            ? HealthCheckResponse.Status.UP
            : HealthCheckResponse.Status.DOWN,
        Optional.empty());
  }
}
