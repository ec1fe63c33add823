package org.colloquium.web.health;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.colloquium.kernel.health.DatabaseCheck;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Answers 200 {@code {"status":"UP"}} when the database answers within two seconds, 503 otherwise,
 * on the public port, for balancers that cannot reach the management port (HAProxy in
 * colloquium-bench/cluster.sh). While the server is suspended (a graceful stop) WildFly answers 503
 * before this runs, so the balancer stops sending. Says nothing else: it is public. The management
 * port's /health/ready says the same and more (docs/deploy.md).
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up = DatabaseCheck.answers(dataSource);
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
